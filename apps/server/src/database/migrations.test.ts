import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import Database from 'better-sqlite3'
import { MIGRATIONS } from './migrations'
import { DATABASE_FILE, openDatabase } from './openDatabase'

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

  it("keeps each plan's stored updates, in order, when their table is rebuilt per plan", () => {
    const dir = tempDir()
    const before = new Database(path.join(dir, DATABASE_FILE))
    const rebuild = MIGRATIONS.findIndex((step) => step.toString().includes('plan_updates_by_plan'))
    MIGRATIONS.slice(0, rebuild).forEach((step) => step(before))
    before.pragma(`user_version = ${rebuild}`)
    before.exec(`
      INSERT INTO teams VALUES ('t', 'Peru', 'PE', '2020-01-01');
      INSERT INTO plans (id, team_id, title, created_at, last_edited_at)
        VALUES ('a', 't', 'A', '2020-01-01', '2020-01-01');
      INSERT INTO plans (id, team_id, title, created_at, last_edited_at)
        VALUES ('b', 't', 'B', '2020-01-01', '2020-01-01');
    `)
    const insert = before.prepare('INSERT INTO plan_updates (plan_id, data) VALUES (?, ?)')
    for (const [plan, data] of [
      ['a', 'a1'],
      ['b', 'b1'],
      ['a', 'a2'],
      ['b', 'b2'],
      ['a', 'a3'],
    ]) {
      insert.run(plan, Buffer.from(data as string))
    }
    before.close()
    const db = openDatabase(dir)
    const stored = (plan: string): string[] =>
      (
        db.prepare('SELECT data FROM plan_updates WHERE plan_id = ? ORDER BY seq').all(plan) as {
          data: Buffer
        }[]
      ).map((row) => row.data.toString())
    expect(stored('a')).toEqual(['a1', 'a2', 'a3'])
    expect(stored('b')).toEqual(['b1', 'b2'])
    db.close()
  })

  it('marks the demo accounts of an older database as having the published demo password', () => {
    const dir = tempDir()
    const before = new Database(path.join(dir, DATABASE_FILE))
    const marking = MIGRATIONS.findIndex((step) => step.toString().includes('demo_password'))
    MIGRATIONS.slice(0, marking).forEach((step) => step(before))
    before.pragma(`user_version = ${marking}`)
    const insert = before.prepare(
      `INSERT INTO users (id, email, name, role, password_hash, created_at)
       VALUES (?, ?, 'x', 'admin', ?, '2020-01-01')`,
    )
    insert.run('demo', 'admin@coplan.example', 'scrypt$…')
    insert.run('invited', 'mentor.lee@coplan.example', null)
    insert.run('other', 'someone@ministry.example', 'scrypt$…')
    before.close()
    const db = openDatabase(dir)
    expect(
      db.prepare('SELECT id, demo_password FROM users ORDER BY id').all() as unknown[],
    ).toEqual([
      { id: 'demo', demo_password: 1 },
      { id: 'invited', demo_password: 0 },
      { id: 'other', demo_password: 0 },
    ])
    db.close()
  })

  it('refuses a database written by a newer Coplan', () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    db.close()
    expect(() => openDatabase(dir)).toThrow(/newer than this Coplan/)
  })
})
