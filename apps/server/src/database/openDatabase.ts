import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrations'

export type Db = Database.Database

export const DATABASE_FILE = 'coplan.sqlite'
/** Written by a running server (its process id), so the CLI can refuse a restore under it. */
export const PID_FILE = 'coplan.pid'

/** Whether a server process recorded in `dataDir` is alive. */
export const isServerRunning = (dataDir: string): boolean => {
  let pid: number
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8'))
  } catch {
    return false
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Opens (creating if needed) `coplan.sqlite` in `dataDir` and brings its schema up to date.
 *
 * WAL with `synchronous = NORMAL`: a committed transaction survives the process being killed
 * (what the crash tests exercise); only an operating-system crash or power loss may lose the
 * last transactions. `FULL` would fsync on every commit.
 */
export const openDatabase = (dataDir: string): Db => {
  fs.mkdirSync(dataDir, { recursive: true })
  const db = new Database(path.join(dataDir, DATABASE_FILE))
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
