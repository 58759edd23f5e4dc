import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrations'

export type Db = Database.Database

/**
 * Opens (creating if needed) `coplan.sqlite` in `dataDir` and brings its schema up to date.
 *
 * WAL with `synchronous = NORMAL`: a committed transaction survives the process being killed
 * (what the crash tests exercise); only an operating-system crash or power loss may lose the
 * last transactions. `FULL` would fsync on every commit.
 */
export const openDatabase = (dataDir: string): Db => {
  fs.mkdirSync(dataDir, { recursive: true })
  const db = new Database(path.join(dataDir, 'coplan.sqlite'))
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
