import type { Db } from '../database/openDatabase'
import type { SignInFailures, SignInFailureStore } from './SignInFailureStore'

interface Row {
  failures: number
  next_allowed_at: number
  forget_at: number
}

/** The sign-in throttle's counters in the `sign_in_failures` table: a restart keeps them. */
export class SqliteSignInFailureStore implements SignInFailureStore {
  readonly #statements
  // Made once: better-sqlite3 builds a wrapper per call of `db.transaction`.
  readonly #transaction

  constructor(db: Db) {
    this.#statements = {
      get: db.prepare<[string], Row>(
        'SELECT failures, next_allowed_at, forget_at FROM sign_in_failures WHERE key = ?',
      ),
      set: db.prepare<[string, number, number, number]>(
        `INSERT INTO sign_in_failures (key, failures, next_allowed_at, forget_at)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
           next_allowed_at = excluded.next_allowed_at, forget_at = excluded.forget_at`,
      ),
      delete: db.prepare<[string]>('DELETE FROM sign_in_failures WHERE key = ?'),
      prune: db.prepare<[number]>('DELETE FROM sign_in_failures WHERE forget_at <= ?'),
    }
    this.#transaction = db.transaction((work: () => unknown) => work())
  }

  get(key: string): SignInFailures | null {
    const row = this.#statements.get.get(key)
    return row
      ? { failures: row.failures, nextAllowedAt: row.next_allowed_at, forgetAt: row.forget_at }
      : null
  }

  set(key: string, { failures, nextAllowedAt, forgetAt }: SignInFailures): void {
    this.#statements.set.run(key, failures, nextAllowedAt, forgetAt)
  }

  delete(key: string): void {
    this.#statements.delete.run(key)
  }

  prune(now: number): number {
    return this.#statements.prune.run(now).changes
  }

  transaction<T>(work: () => T): T {
    return this.#transaction(work) as T
  }
}
