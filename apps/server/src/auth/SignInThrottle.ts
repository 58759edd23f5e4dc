export interface SignInThrottleOptions {
  /** Failures allowed per key within `windowMs` before sign-in is refused for a while. */
  maxFailures: number
  windowMs: number
  /** How long a key is locked after too many failures. */
  lockMs: number
  now?: () => number
}

interface Failures {
  count: number
  firstAt: number
  lockedUntil: number
}

/**
 * Counts failed sign-ins per account and per address, so a password cannot be guessed by
 * trying many, from one address against many accounts, or from many addresses against one.
 */
export class SignInThrottle {
  readonly #options: SignInThrottleOptions
  readonly #failures = new Map<string, Failures>()

  constructor(options: SignInThrottleOptions) {
    this.#options = options
  }

  /** Seconds until sign-in may be tried again for any of `keys`; 0 if it may now. */
  retryAfterSeconds(keys: readonly string[]): number {
    const now = this.#now()
    let until = 0
    for (const key of keys) until = Math.max(until, this.#failures.get(key)?.lockedUntil ?? 0)
    return until > now ? Math.ceil((until - now) / 1000) : 0
  }

  recordFailure(keys: readonly string[]): void {
    const now = this.#now()
    for (const key of keys) {
      const entry = this.#failures.get(key)
      const fresh = !entry || now - entry.firstAt > this.#options.windowMs
      const next = fresh
        ? { count: 1, firstAt: now, lockedUntil: 0 }
        : { ...entry, count: entry.count + 1 }
      if (next.count >= this.#options.maxFailures) next.lockedUntil = now + this.#options.lockMs
      this.#failures.set(key, next)
    }
    this.#prune(now)
  }

  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.#failures.delete(key)
  }

  #prune(now: number): void {
    if (this.#failures.size < 10_000) return
    for (const [key, entry] of this.#failures) {
      if (now - entry.firstAt > this.#options.windowMs && entry.lockedUntil < now) {
        this.#failures.delete(key)
      }
    }
  }

  #now(): number {
    return (this.#options.now ?? Date.now)()
  }
}
