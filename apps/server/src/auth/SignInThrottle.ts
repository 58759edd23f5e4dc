import type { Clock } from '../clock'
import type { SignInFailures, SignInFailureStore } from './SignInFailureStore'

/**
 * How one kind of key slows failed sign-ins down: the first `freeFailures` cost no wait; after
 * each further one, the next try must wait `firstDelayMs`, doubled per failure, at most
 * `maxDelayMs`. A key is forgotten once it has gone `forgetAfterMs` past its wait without a
 * new failure.
 */
export interface ThrottleRule {
  freeFailures: number
  firstDelayMs: number
  maxDelayMs: number
  forgetAfterMs: number
}

/** The rules per kind of key (the numbers, and why, are in `config.ts`). */
export interface SignInThrottleRules {
  /** One email from one address: strict, and a success clears it. */
  accountAddress: ThrottleRule
  /** One email from anywhere: lenient, and its wait short, so nobody can lock its owner out. */
  account: ThrottleRule
  /** One address, any email: a high threshold, for a ministry behind one shared address. */
  address: ThrottleRule
  /** How often forgotten keys are deleted from the store. */
  pruneEveryMs: number
}

export type ThrottleKind = 'accountAddress' | 'account' | 'address'

export interface ThrottleKey {
  kind: ThrottleKind
  id: string
}

/** The keys a sign-in as `email` from `address` counts against. */
export const signInKeys = (email: string, address: string): ThrottleKey[] => {
  const account = email.trim().toLowerCase()
  return [
    { kind: 'accountAddress', id: `${account} ${address}` },
    { kind: 'account', id: account },
    { kind: 'address', id: address },
  ]
}

/** A try whose keys are all busy with tries still being checked waits this long. */
export const IN_FLIGHT_WAIT_MS = 1000

export type SignInOutcome<T> =
  { kind: 'throttled'; retryAfterMs: number } | { kind: 'refused' } | { kind: 'accepted'; value: T }

/** The wait after the `failures`-th failure in a row under `rule`. */
export const delayAfter = (rule: ThrottleRule, failures: number): number =>
  failures <= rule.freeFailures
    ? 0
    : Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (failures - rule.freeFailures - 1))

/**
 * Slows password guessing down with growing waits instead of locking anyone out. Every try
 * counts against three keys (see `signInKeys`), each with its rule: guessing one account from
 * one address soon waits minutes; guessing it from many addresses waits at most a minute per
 * try, which is also the most its owner can be kept waiting; one address's failures across
 * accounts wait only past a threshold no office's typos reach. Only failures count, so
 * colleagues signing in behind one address never slow each other down.
 *
 * A try is checked against the keys before its password is (scrypt takes ~100 ms), and the
 * tries being checked count as failures that may yet come: beyond a key's free failures only
 * one try at a time is checked, so firing many at once gains nothing.
 */
export class SignInThrottle {
  readonly #store: SignInFailureStore
  readonly #rules: SignInThrottleRules
  readonly #clock: Pick<Clock, 'now'>
  readonly #inFlight = new Map<string, number>()
  #nextPruneAt = 0

  constructor(options: {
    store: SignInFailureStore
    rules: SignInThrottleRules
    clock: Pick<Clock, 'now'>
  }) {
    this.#store = options.store
    this.#rules = options.rules
    this.#clock = options.clock
  }

  /**
   * Tries a sign-in: unless a key asks to wait, runs `check` (the password check; `null` for
   * a wrong one) and counts its result. A success forgets the account-and-address key only:
   * the account's counts guesses from elsewhere, the address's other people's failures.
   */
  async attempt<T>(
    keys: readonly ThrottleKey[],
    check: () => Promise<T | null>,
  ): Promise<SignInOutcome<T>> {
    const now = this.#clock.now()
    if (now >= this.#nextPruneAt) {
      this.#store.prune(now)
      this.#nextPruneAt = now + this.#rules.pruneEveryMs
    }
    const retryAfterMs = this.waitMs(keys)
    if (retryAfterMs > 0) return { kind: 'throttled', retryAfterMs }
    for (const key of keys) this.#inFlight.set(storeKey(key), this.#inFlightOf(key) + 1)
    let value: T | null
    try {
      value = await check()
    } finally {
      for (const key of keys) {
        const left = this.#inFlightOf(key) - 1
        if (left > 0) this.#inFlight.set(storeKey(key), left)
        else this.#inFlight.delete(storeKey(key))
      }
    }
    if (value === null) {
      this.#recordFailure(keys)
      return { kind: 'refused' }
    }
    for (const key of keys) {
      if (key.kind === 'accountAddress') this.#store.delete(storeKey(key))
    }
    return { kind: 'accepted', value }
  }

  /** How long a try with `keys` must wait now; 0 if it may go ahead. */
  waitMs(keys: readonly ThrottleKey[]): number {
    const now = this.#clock.now()
    let waitMs = 0
    for (const key of keys) {
      const counted = this.#current(key, now)
      if (counted) waitMs = Math.max(waitMs, counted.nextAllowedAt - now)
      const inFlight = this.#inFlightOf(key)
      if (
        inFlight > 0 &&
        (counted?.failures ?? 0) + inFlight >= this.#rules[key.kind].freeFailures
      ) {
        waitMs = Math.max(waitMs, IN_FLIGHT_WAIT_MS)
      }
    }
    return waitMs
  }

  #recordFailure(keys: readonly ThrottleKey[]): void {
    const now = this.#clock.now()
    this.#store.transaction(() => {
      for (const key of keys) {
        const rule = this.#rules[key.kind]
        const failures = (this.#current(key, now)?.failures ?? 0) + 1
        const nextAllowedAt = now + delayAfter(rule, failures)
        this.#store.set(storeKey(key), {
          failures,
          nextAllowedAt,
          forgetAt: nextAllowedAt + rule.forgetAfterMs,
        })
      }
    })
  }

  /** The key's counters, unless they are forgotten by `now`. */
  #current(key: ThrottleKey, now: number): SignInFailures | null {
    const counted = this.#store.get(storeKey(key))
    return counted && counted.forgetAt > now ? counted : null
  }

  #inFlightOf(key: ThrottleKey): number {
    return this.#inFlight.get(storeKey(key)) ?? 0
  }
}

const storeKey = (key: ThrottleKey): string => `${key.kind}:${key.id}`
