import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openDatabase } from '../database/openDatabase'
import { MemorySignInFailureStore } from './MemorySignInFailureStore'
import type { SignInFailureStore } from './SignInFailureStore'
import { SqliteSignInFailureStore } from './SqliteSignInFailureStore'

const openSqlite = (): SignInFailureStore => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-throttle-'))
  const db = openDatabase(dir)
  onTestFinished(() => {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  return new SqliteSignInFailureStore(db)
}

const backends: [string, () => SignInFailureStore][] = [
  ['in memory', () => new MemorySignInFailureStore()],
  ['SQLite', openSqlite],
]

describe.each(backends)('the sign-in failure store (%s)', (_name, open) => {
  it('keeps, replaces and deletes each key’s counters on their own', () => {
    const store = open()
    expect(store.get('account:a')).toBeNull()
    store.set('account:a', { failures: 1, nextAllowedAt: 10, forgetAt: 20 })
    store.set('account:b', { failures: 5, nextAllowedAt: 30, forgetAt: 40 })
    store.set('account:a', { failures: 2, nextAllowedAt: 11, forgetAt: 21 })
    expect(store.get('account:a')).toEqual({ failures: 2, nextAllowedAt: 11, forgetAt: 21 })
    expect(store.get('account:b')).toEqual({ failures: 5, nextAllowedAt: 30, forgetAt: 40 })
    store.delete('account:a')
    expect(store.get('account:a')).toBeNull()
    expect(store.get('account:b')).not.toBeNull()
  })

  it('prunes the keys forgotten by then, not one millisecond later ones', () => {
    const store = open()
    store.set('a', { failures: 1, nextAllowedAt: 0, forgetAt: 1000 })
    store.set('b', { failures: 1, nextAllowedAt: 0, forgetAt: 999 })
    store.set('c', { failures: 1, nextAllowedAt: 0, forgetAt: 1001 })
    expect(store.prune(1000)).toBe(2)
    expect(store.get('a')).toBeNull()
    expect(store.get('b')).toBeNull()
    expect(store.get('c')).not.toBeNull()
    expect(store.prune(1000)).toBe(0)
  })

  it('undoes a transaction that throws, and keeps one that returns', () => {
    const store = open()
    store.set('kept', { failures: 1, nextAllowedAt: 0, forgetAt: 10 })
    expect(() =>
      store.transaction(() => {
        store.set('kept', { failures: 9, nextAllowedAt: 9, forgetAt: 99 })
        store.set('new', { failures: 1, nextAllowedAt: 0, forgetAt: 10 })
        throw new Error('disk full')
      }),
    ).toThrow('disk full')
    expect(store.get('kept')).toEqual({ failures: 1, nextAllowedAt: 0, forgetAt: 10 })
    expect(store.get('new')).toBeNull()
    expect(
      store.transaction(() => store.set('new', { failures: 2, nextAllowedAt: 0, forgetAt: 5 })),
    ).toBeUndefined()
    expect(store.get('new')?.failures).toBe(2)
  })
})
