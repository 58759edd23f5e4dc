import type { SignInFailures, SignInFailureStore } from './SignInFailureStore'

/** The sign-in throttle's counters in a map: for tests of the throttle's logic. */
export class MemorySignInFailureStore implements SignInFailureStore {
  #rows = new Map<string, SignInFailures>()

  get(key: string): SignInFailures | null {
    const row = this.#rows.get(key)
    return row ? { ...row } : null
  }

  set(key: string, failures: SignInFailures): void {
    this.#rows.set(key, { ...failures })
  }

  delete(key: string): void {
    this.#rows.delete(key)
  }

  prune(now: number): number {
    let pruned = 0
    for (const [key, row] of this.#rows) {
      if (row.forgetAt <= now) {
        this.#rows.delete(key)
        pruned++
      }
    }
    return pruned
  }

  /** Like SQLite's: what `work` changed is undone if it throws. */
  transaction<T>(work: () => T): T {
    const before = new Map(this.#rows)
    try {
      return work()
    } catch (error) {
      this.#rows = before
      throw error
    }
  }
}
