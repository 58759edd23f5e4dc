/**
 * Imports between folders that closed a cycle when the check came in, one edge per line as
 * `<workspace src>: <importing folder> → <imported folder>`, with one import behind each. The
 * check ignores these edges and fails on any other cycle. This list must only shrink, to empty:
 * break a cycle, then delete its line (the check fails while a listed edge no longer closes a
 * cycle, so the list keeps no room for one to come back). Never add a line.
 */
export const KNOWN_FOLDER_CYCLES: readonly string[] = [
  // Shared helpers (logger.ts, clock.ts) sit beside the composition root.
  'apps/server/src: auth → (root)', // auth/LiveAccess.ts imports '../logger'
  'apps/server/src: export → (root)', // export/ExportEngine.ts imports '../logger'
  'apps/server/src: http → (root)', // http/handleHttpError.ts imports '../logger'
  'apps/server/src: rooms → (root)', // rooms/AckPacer.ts imports '../clock'
  'apps/server/src: transport → (root)', // transport/attachSocket.ts imports '../logger'
  'apps/server/src: versions → (root)', // versions/AutoVersioner.ts imports '../clock'
  'apps/server/src: workers → (root)', // workers/WorkerPool.ts imports '../logger'
  // Domain code throwing HTTP errors.
  'apps/server/src: comments → http', // comments/CommentService.ts imports '../http/HttpError'
  'apps/server/src: export → http', // export/ExportJobs.ts imports '../http/HttpError'
  'apps/server/src: versions → http', // versions/VersionService.ts imports '../http/HttpError'
  'apps/server/src: workflow → http', // workflow/WorkflowService.ts imports '../http/HttpError'
  'apps/server/src: workers → http', // workers/WorkerPool.ts imports '../http/HttpError'
  // Stores and services reaching across.
  'apps/server/src: accounts → course', // accounts/personRef.ts imports '../course/CourseStore'
  'apps/server/src: course → auth', // course/listPlansFor.ts imports '../auth/planRights'
  'apps/server/src: course → comments', // course/listPlansFor.ts imports '../comments/CommentStore'
  'apps/server/src: comments → notifications', // comments/CommentService.ts imports '../notifications/NotificationStore'
  'apps/server/src: persistence → rooms', // persistence/DocumentStore.ts imports '../rooms/ClientOwners'
  'apps/web/src: collab → comments', // collab/CollabSession.ts imports '../comments/ThreadStore'
  'apps/web/src: editor → comments', // editor/PlanEditor.tsx imports '../comments/AddCommentButton'
  'apps/web/src: export → history', // export/VersionChoice.tsx imports '../history/formatDateTime'
  'apps/web/src: workflow → export', // workflow/PlanStatusBar.tsx imports '../export/ExportButton'
  'apps/web/src: workflow → history', // workflow/LastStatusChange.tsx imports '../history/activityText'
  'apps/web/src: ui → auth', // ui/AppHeader.tsx imports '../auth/UserMenu'
  'apps/web/src: ui → notifications', // ui/AppHeader.tsx imports '../notifications/NotificationsMenu'
]
