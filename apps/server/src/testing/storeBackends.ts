import type { CredentialStore, CredentialStoreOptions } from '../accounts/CredentialStore'
import { MemoryCredentialStore } from '../accounts/MemoryCredentialStore'
import { MemoryUserStore } from '../accounts/MemoryUserStore'
import { SqliteCredentialStore } from '../accounts/SqliteCredentialStore'
import { SqliteUserStore } from '../accounts/SqliteUserStore'
import type { UserStore } from '../accounts/UserStore'
import type { ActivityStore } from '../activity/ActivityStore'
import { MemoryActivityStore } from '../activity/MemoryActivityStore'
import { SqliteActivityStore } from '../activity/SqliteActivityStore'
import type { CourseStore } from '../course/CourseStore'
import { MemoryCourseStore } from '../course/MemoryCourseStore'
import { SqliteCourseStore } from '../course/SqliteCourseStore'
import { MemoryDatabase } from '../database/MemoryDatabase'
import { openTestDatabase } from './openTestDatabase'

/** Every store, over one database: some read what others wrote. */
export interface Stores {
  activity: ActivityStore
  course: CourseStore
  credentials: CredentialStore
  users: UserStore
}

/** The credential store's options unless a test gives its own. */
const CREDENTIALS: CredentialStoreOptions = { sessionIdleMs: 60_000, invitationTtlMs: 60_000 }

type Open = (options?: { credentials?: CredentialStoreOptions }) => Stores

const openMemory: Open = ({ credentials = CREDENTIALS } = {}) => {
  const db = new MemoryDatabase()
  return {
    activity: new MemoryActivityStore(db),
    course: new MemoryCourseStore(db),
    credentials: new MemoryCredentialStore(db, credentials),
    users: new MemoryUserStore(db),
  }
}

/** Call inside a test: the database is removed when it ends. */
const openSqlite: Open = ({ credentials = CREDENTIALS } = {}) => {
  const db = openTestDatabase()
  return {
    activity: new SqliteActivityStore(db),
    course: new SqliteCourseStore(db),
    credentials: new SqliteCredentialStore(db, credentials),
    users: new SqliteUserStore(db),
  }
}

/**
 * The backends every store contract suite runs on (`describe.each(storeBackends)`), so the
 * in-memory twins that logic tests use behave like the real ones.
 */
export const storeBackends: [string, Open][] = [
  ['in memory', openMemory],
  ['SQLite', openSqlite],
]
