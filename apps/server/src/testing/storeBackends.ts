import type { CredentialStore, CredentialStoreOptions } from '../accounts/CredentialStore'
import { MemoryCredentialStore } from '../accounts/MemoryCredentialStore'
import { MemoryUserStore } from '../accounts/MemoryUserStore'
import { SqliteCredentialStore } from '../accounts/SqliteCredentialStore'
import { SqliteUserStore } from '../accounts/SqliteUserStore'
import type { UserStore } from '../accounts/UserStore'
import type { ActivityStore } from '../activity/ActivityStore'
import { MemoryActivityStore } from '../activity/MemoryActivityStore'
import { SqliteActivityStore } from '../activity/SqliteActivityStore'
import type { CommentStore } from '../comments/CommentStore'
import { MemoryCommentStore } from '../comments/MemoryCommentStore'
import { SqliteCommentStore } from '../comments/SqliteCommentStore'
import type { CourseStore } from '../course/CourseStore'
import { MemoryCourseStore } from '../course/MemoryCourseStore'
import { SqliteCourseStore } from '../course/SqliteCourseStore'
import { MemoryDatabase } from '../database/MemoryDatabase'
import type { DocumentStore } from '../persistence/DocumentStore'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { MemoryVersionStore } from '../versions/MemoryVersionStore'
import { SqliteVersionStore } from '../versions/SqliteVersionStore'
import type { VersionStore } from '../versions/VersionStore'
import { MemoryNotificationStore } from '../notifications/MemoryNotificationStore'
import type { NotificationStore } from '../notifications/NotificationStore'
import { SqliteNotificationStore } from '../notifications/SqliteNotificationStore'
import { openTestDatabase } from './openTestDatabase'

/** Every store, over one database: some read what others wrote. */
export interface Stores {
  activity: ActivityStore
  comments: CommentStore
  course: CourseStore
  credentials: CredentialStore
  documents: DocumentStore
  notifications: NotificationStore
  users: UserStore
  versions: VersionStore
}

/** The credential store's options unless a test gives its own. */
const CREDENTIALS: CredentialStoreOptions = { sessionIdleMs: 60_000, invitationTtlMs: 60_000 }

type Open = (options?: { credentials?: CredentialStoreOptions }) => Stores

/** The in-memory stores, over one `MemoryDatabase`: for logic tests. */
export const openMemoryStores: Open = ({ credentials = CREDENTIALS } = {}) => {
  const db = new MemoryDatabase()
  return {
    activity: new MemoryActivityStore(db),
    comments: new MemoryCommentStore(db),
    course: new MemoryCourseStore(db),
    credentials: new MemoryCredentialStore(db, credentials),
    documents: new MemoryDocumentStore(db),
    notifications: new MemoryNotificationStore(db),
    users: new MemoryUserStore(db),
    versions: new MemoryVersionStore(db),
  }
}

/** Call inside a test: the database is removed when it ends. */
const openSqlite: Open = ({ credentials = CREDENTIALS } = {}) => {
  const db = openTestDatabase()
  return {
    activity: new SqliteActivityStore(db),
    comments: new SqliteCommentStore(db),
    course: new SqliteCourseStore(db),
    credentials: new SqliteCredentialStore(db, credentials),
    documents: new SqliteDocumentStore(db),
    notifications: new SqliteNotificationStore(db),
    users: new SqliteUserStore(db),
    versions: new SqliteVersionStore(db),
  }
}

/**
 * The backends every store contract suite runs on (`describe.each(storeBackends)`), so the
 * in-memory twins that logic tests use behave like the real ones.
 */
export const storeBackends: [string, Open][] = [
  ['in memory', openMemoryStores],
  ['SQLite', openSqlite],
]

/** A team with one plan, and two people, for suites whose rows refer to them. */
export const seedStores = (stores: Stores) => {
  const team = stores.course.createTeam({ country: 'Chile', countryCode: 'CL' })
  const plan = stores.course.createPlan({
    teamId: team.id,
    title: 'Water',
    initialState: new Uint8Array(),
    stats: { words: 0, sectionsFilled: 0 },
  })
  const ama = stores.users.create({ email: 'ama@x', name: 'Ama', role: 'mentor' })
  const kofi = stores.users.create({ email: 'kofi@x', name: 'Kofi', role: 'delegate' })
  return { ...stores, team, plan, ama, kofi }
}
