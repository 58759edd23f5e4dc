import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Db } from './openDatabase'
import { DATABASE_FILE, isServerRunning } from './openDatabase'
import { MIGRATIONS } from './migrations'

/**
 * A consistent copy of the live database through SQLite's online backup, which copies pages
 * while the server keeps writing. Returns the number of pages copied.
 */
export const backupDatabase = async (db: Db, file: string): Promise<number> => {
  const result = await db.backup(file)
  return result.totalPages
}

/**
 * Replaces the database of `dataDir` with a backup. Refused while a server runs on it (its
 * open plans would diverge from the restored file); a backup that is not a Coplan database,
 * or is newer than this Coplan, is refused before anything is touched.
 */
export const restoreDatabase = async (file: string, dataDir: string): Promise<void> => {
  if (isServerRunning(dataDir)) {
    throw new Error('A Coplan server is running on this data directory: stop it before restoring')
  }
  const source = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const version = source.pragma('user_version', { simple: true }) as number
    const tables = source
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name)
    if (!tables.includes('plans') || version < 1) throw new Error(`${file} is not a Coplan backup`)
    if (version > MIGRATIONS.length) throw new Error(`${file} comes from a newer Coplan`)
    const target = path.join(dataDir, DATABASE_FILE)
    // A write-ahead log left by the replaced database would be replayed onto the backup.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
    await source.backup(target)
  } finally {
    source.close()
  }
}
