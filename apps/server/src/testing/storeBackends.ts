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
}

const openMemory = (): Stores => {
  const db = new MemoryDatabase()
  return {
    activity: new MemoryActivityStore(db),
    course: new MemoryCourseStore(db),
  }
}

/** Call inside a test: the database is removed when it ends. */
const openSqlite = (): Stores => {
  const db = openTestDatabase()
  return {
    activity: new SqliteActivityStore(db),
    course: new SqliteCourseStore(db),
  }
}

/**
 * The backends every store contract suite runs on (`describe.each(storeBackends)`), so the
 * in-memory twins that logic tests use behave like the real ones.
 */
export const storeBackends: [string, () => Stores][] = [
  ['in memory', openMemory],
  ['SQLite', openSqlite],
]
