import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { MIGRATIONS } from './migrations'
import { openDatabase } from './openDatabase'

const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-db-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

describe('database migrations', () => {
  it('brings a new database to the latest version in WAL mode, and reopens it unchanged', () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run()
    db.close()
    const again = openDatabase(dir)
    expect(again.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({
      value: 'v',
    })
    again.close()
  })

  it('refuses a database written by a newer Coplan', () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    db.close()
    expect(() => openDatabase(dir)).toThrow(/newer than this Coplan/)
  })
})
