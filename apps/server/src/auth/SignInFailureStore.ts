/** What is kept of one throttle key's failed sign-ins (times in ms since the epoch). */
export interface SignInFailures {
  /** Failed sign-ins counted since the key was last forgotten. */
  failures: number
  /** No sign-in is tried for this key before then. */
  nextAllowedAt: number
  /** From then on the key is forgotten, as if it had never failed. */
  forgetAt: number
}

/**
 * Where the sign-in throttle keeps its counters, by key (`account:…`, `address:…`, …). The
 * SQLite store keeps them across restarts; the in-memory one is its twin for logic tests.
 * Synchronous, like every store here: a check and the count that follows it cannot interleave
 * with another request's.
 */
export interface SignInFailureStore {
  get(key: string): SignInFailures | null
  set(key: string, failures: SignInFailures): void
  delete(key: string): void
  /** Deletes every key whose `forgetAt` is at or before `now`; returns how many. */
  prune(now: number): number
  /** Runs `work` in one transaction. */
  transaction<T>(work: () => T): T
}
