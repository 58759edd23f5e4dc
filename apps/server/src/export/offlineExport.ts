import path from 'node:path'
import type { ThreadView } from '@coplan/protocol'
import { SqliteActivityStore } from '../activity/SqliteActivityStore'
import type { ActivityStore } from '../activity/ActivityStore'
import type { User, UserStore } from '../accounts/UserStore'
import { CommentService } from '../comments/CommentService'
import { SqliteCommentStore } from '../comments/SqliteCommentStore'
import type { CourseStore } from '../course/CourseStore'
import type { Db } from '../database/openDatabase'
import { createQuietLogger } from '../logger'
import { SqliteNotificationStore } from '../notifications/SqliteNotificationStore'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { loadPlanDoc } from '../rooms/loadPlanDoc'
import { SqliteVersionStore } from '../versions/SqliteVersionStore'
import { PlanExporter } from './PlanExporter'
import { createPlanWorkers } from './PlanWorkers'

/**
 * Whoever runs the command line: they already hold the database, so they may export anything.
 * Not a stored person; what they do is recorded without an actor.
 */
const OPERATOR: User = {
  id: 'operator',
  email: 'operator@localhost',
  name: 'Operator',
  role: 'admin',
  teamId: null,
  mentorTeamIds: [],
  active: true,
  hasPassword: false,
  passwordHash: null,
  demoPassword: false,
}

export interface OfflineExport {
  exporter: PlanExporter
  /** A plan's comment threads, all of them. */
  threads(planId: string): ThreadView[]
  activity: ActivityStore
  /** Ends the export workers (and the browser a worker started to print). */
  close(): Promise<void>
}

/**
 * The server's exporter for the command line, on the database directly: the current text is
 * read from the store rather than a live room, so it works whether or not the server runs,
 * and writes nothing to plans.
 */
export const createOfflineExport = (
  db: Db,
  { users, course }: { users: UserStore; course: CourseStore },
): OfflineExport => {
  const store = new SqliteDocumentStore(db)
  const logger = createQuietLogger()
  // The server's kind of workers. An operator waits longer than a browser, and this process
  // serves no editors, so its exports need not give way.
  const workers = createPlanWorkers({
    logger,
    timeoutMs: 30 * 60_000,
    memoryMb: 4096,
    background: false,
    setup: { dataDir: path.dirname(db.name), preloadExports: true },
  })
  const comments = new CommentService({
    store: new SqliteCommentStore(db),
    notifications: new SqliteNotificationStore(db),
    users,
    course,
    // The plan as stored, as a room would load it: read only to anchor a new thread, which
    // the command line never starts (listing threads loads no plan).
    planDoc: async (planId) => loadPlanDoc(store.load(planId)).doc,
    publish: () => {},
  })
  return {
    exporter: new PlanExporter({
      course,
      versions: new SqliteVersionStore(db),
      workers,
      // Nothing is pending here: the server stores every turn before it relays it.
      currentSource: async () => ({ stored: true }),
    }),
    threads: (planId) => comments.listThreads(OPERATOR, planId),
    activity: new SqliteActivityStore(db),
    close: () => workers.close(),
  }
}
