export { MessageType, COPLAN_MESSAGES_PARAM, isCoplanMessage } from './messageTypes'
export { CloseCode, closeReasons } from './closeCodes'
export {
  PLAN_LIMIT_CODES,
  planLimitReason,
  readPlanLimitReason,
  type PlanLimitCode,
} from './planLimitReason'
export {
  writeSessionNotice,
  readSessionNotice,
  type SessionNotice,
  type ReadOnlyCode,
} from './sessionNotice'
export { ROLES } from './apiTypes'
export { PLAN_STATUSES, type PlanStatus } from './planStatus'
export { USER_COLORS, userColor } from './userColor'
export type {
  PlanSummary,
  TeamSummary,
  CourseSummary,
  ApiErrorBody,
  Role,
  UserSummary,
  SessionUser,
  PersonRef,
  CommentView,
  ThreadStatus,
  ThreadView,
  NotificationView,
  PlanListItem,
  VersionView,
  ActivityView,
} from './apiTypes'
export { writeCommentEvent, readCommentEvent, type CommentEvent } from './commentEvent'
export { writePersistedAck, readPersistedAck } from './persistedAck'
export { PLAN_MOVES, availableMoves, type PlanMove } from './planMoves'
export { EXPORT_FORMATS, type ExportFormat } from './exportFormats'
export type { MissingGlyph, GlyphSection } from './missingGlyph'
export type { BundleJob, BundleJobError, BundlePlan, BundleSkipReason } from './bundleJob'
export { LIVE_EVENT_NAME, parseLiveEvent, type LiveEvent } from './liveEvent'
export {
  englishVersionName,
  legacyVersionLabel,
  parseVersionLabel,
  versionKindOf,
  type VersionKind,
  type VersionLabel,
} from './versionLabel'
