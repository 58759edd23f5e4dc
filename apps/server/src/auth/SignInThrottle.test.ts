import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../config'
import { ManualClock } from '../testing/ManualClock'
import { MemorySignInFailureStore } from './MemorySignInFailureStore'
import type { SignInThrottleRules, ThrottleKey } from './SignInThrottle'
import { IN_FLIGHT_WAIT_MS, SignInThrottle, delayAfter, signInKeys } from './SignInThrottle'

// Different numbers for every rule, so that a rule applied to the wrong key shows.
const RULES: SignInThrottleRules = {
  accountAddress: { freeFailures: 2, firstDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 },
  account: { freeFailures: 4, firstDelayMs: 500, maxDelayMs: 2000, forgetAfterMs: 120_000 },
  address: { freeFailures: 6, firstDelayMs: 300, maxDelayMs: 1200, forgetAfterMs: 30_000 },
  pruneEveryMs: 10_000,
}

const setup = (rules = RULES) => {
  const clock = new ManualClock()
  const store = new MemorySignInFailureStore()
  const throttle = new SignInThrottle({ store, rules, clock })
  let checks = 0
  const attempt = (keys: readonly ThrottleKey[], right = false) =>
    throttle.attempt(keys, () => {
      checks++
      return Promise.resolve(right ? 'signed in' : null)
    })
  return { clock, store, throttle, attempt, checks: () => checks }
}

const only = (kind: ThrottleKey['kind'], id = 'x'): ThrottleKey[] => [{ kind, id }]

describe('delayAfter', () => {
  it('is free up to the free failures, then doubles from the first delay up to the cap', () => {
    const rule = RULES.accountAddress
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((failures) => delayAfter(rule, failures))).toEqual([
      0, 0, 1000, 2000, 4000, 8000, 8000, 8000,
    ])
  })
})

describe('SignInThrottle', () => {
  it.each([
    ['accountAddress', [0, 0, 1000, 2000, 4000, 8000, 8000]],
    ['account', [0, 0, 0, 0, 500, 1000, 2000, 2000]],
    ['address', [0, 0, 0, 0, 0, 0, 300, 600, 1200, 1200]],
  ] as const)(
    'makes the %s key wait its own doubling, capped delays after its free failures',
    async (kind, expectedWaits) => {
      const { clock, attempt, throttle } = setup()
      const waits: number[] = []
      for (let failure = 1; failure <= expectedWaits.length; failure++) {
        expect(await attempt(only(kind))).toEqual({ kind: 'refused' })
        const wait = throttle.waitMs(only(kind))
        waits.push(wait)
        if (wait > 0) {
          clock.advance(wait - 1)
          expect(throttle.waitMs(only(kind))).toBe(1)
          clock.advance(1)
        }
        expect(throttle.waitMs(only(kind))).toBe(0)
      }
      expect(waits).toEqual(expectedWaits)
    },
  )

  it('answers a waiting try without checking its password or counting it', async () => {
    const { clock, attempt, checks, store } = setup()
    for (let i = 0; i < 3; i++) await attempt(only('accountAddress'))
    expect(checks()).toBe(3)
    expect(await attempt(only('accountAddress'), true)).toEqual({
      kind: 'throttled',
      retryAfterMs: 1000,
    })
    expect(checks()).toBe(3)
    expect(store.get('accountAddress:x')?.failures).toBe(3)
    clock.advance(1000)
    expect(await attempt(only('accountAddress'), true)).toEqual({
      kind: 'accepted',
      value: 'signed in',
    })
  })

  it('waits for the longest of its keys', async () => {
    const { clock, attempt, throttle } = setup()
    const keys = signInKeys('ama@ghana.example', '10.0.0.1')
    for (let i = 0; i < 5; i++) {
      clock.advance(throttle.waitMs(keys))
      await attempt(keys)
    }
    // Five failures: the pair waits 4000 ms (its third past the free two), the account 500 ms.
    expect(throttle.waitMs(keys)).toBe(4000)
    expect(throttle.waitMs(only('account', 'ama@ghana.example'))).toBe(500)
    expect(throttle.waitMs(only('address', '10.0.0.1'))).toBe(0)
  })

  it('forgets the account-and-address counter on success, and only that one', async () => {
    const { clock, attempt, store, throttle } = setup()
    const keys = signInKeys('Ama@Ghana.example ', '10.0.0.1')
    for (let i = 0; i < 3; i++) await attempt(keys)
    clock.advance(1000)
    expect((await attempt(keys, true)).kind).toBe('accepted')
    expect(store.get('accountAddress:ama@ghana.example 10.0.0.1')).toBeNull()
    expect(store.get('account:ama@ghana.example')?.failures).toBe(3)
    expect(store.get('address:10.0.0.1')?.failures).toBe(3)
    // A typo after that is free again.
    expect(await attempt(keys)).toEqual({ kind: 'refused' })
    expect(throttle.waitMs(keys)).toBe(0)
  })

  it('forgets a key once its window has passed after its wait without a failure', async () => {
    const { clock, attempt, store, throttle } = setup()
    const rule = RULES.accountAddress
    for (let i = 0; i < 3; i++) await attempt(only('accountAddress'))
    // Waiting 1000 ms, then forgotten 60 s after that.
    expect(store.get('accountAddress:x')).toEqual({
      failures: 3,
      nextAllowedAt: clock.now() + 1000,
      forgetAt: clock.now() + 1000 + rule.forgetAfterMs,
    })
    clock.advance(1000 + rule.forgetAfterMs - 1)
    await attempt(only('accountAddress'))
    expect(store.get('accountAddress:x')?.failures).toBe(4)
    clock.advance(2000 + rule.forgetAfterMs)
    expect(throttle.waitMs(only('accountAddress'))).toBe(0)
    await attempt(only('accountAddress'))
    expect(store.get('accountAddress:x')?.failures).toBe(1)
  })

  it('forgets a key at its forget time even while it is still in the store (no prune yet)', async () => {
    const { clock, attempt, store, throttle } = setup({ ...RULES, pruneEveryMs: 86_400_000 })
    const start = clock.now()
    for (let i = 0; i < 3; i++) await attempt(only('accountAddress'))
    // Waiting 1000 ms after the third failure, forgotten 60 s after that: at start + 61 s.
    clock.advance(61_000)
    expect(store.get('accountAddress:x')).toEqual({
      failures: 3,
      nextAllowedAt: start + 1000,
      forgetAt: start + 61_000,
    })
    expect(throttle.waitMs(only('accountAddress'))).toBe(0)
    await attempt(only('accountAddress'))
    expect(store.get('accountAddress:x')?.failures).toBe(1)
  })

  it('prunes forgotten keys from the store, at most once per interval', async () => {
    const { clock, attempt, store } = setup()
    const at = (ms: number) => clock.advance(ms - (clock.now() - start))
    const start = clock.now()
    // Address keys are forgotten 30 s after a failure; prunes run at most every 10 s.
    await attempt(only('address', 'a')) // t = 0: prunes; the next prune is due at 10 s
    at(5_000)
    await attempt(only('address', 'c')) // forgotten at 35 s
    at(30_000)
    expect(store.get('address:a')).not.toBeNull()
    await attempt(only('address', 'b')) // prunes 'a' (forgotten at 30 s); next due at 40 s
    expect(store.get('address:a')).toBeNull()
    expect(store.get('address:c')).not.toBeNull()
    at(39_999)
    await attempt(only('address', 'b'))
    expect(store.get('address:c')).not.toBeNull()
    at(40_000)
    await attempt(only('address', 'b'))
    expect(store.get('address:c')).toBeNull()
    expect(store.get('address:b')).not.toBeNull()
  })

  it('counts each key on its own', async () => {
    const { attempt, throttle } = setup()
    for (let i = 0; i < 3; i++) await attempt(signInKeys('a@x.example', '10.0.0.1'))
    expect(throttle.waitMs(signInKeys('a@x.example', '10.0.0.1'))).toBe(1000)
    // The same person from elsewhere, and someone else from the same address, go ahead.
    expect(throttle.waitMs(signInKeys('a@x.example', '10.0.0.2'))).toBe(0)
    expect(throttle.waitMs(signInKeys('b@x.example', '10.0.0.1'))).toBe(0)
  })

  it('with the default rules, one officer’s typos do not stop a colleague behind the same address', async () => {
    const { clock, attempt, throttle } = setup(resolveConfig().signInThrottle)
    const office = '203.0.113.7'
    const officer = signInKeys('officer@ministry.example', office)
    for (let i = 0; i < 6; i++) {
      clock.advance(throttle.waitMs(officer))
      expect((await attempt(officer)).kind).toBe('refused')
    }
    expect(throttle.waitMs(officer)).toBe(8000)
    expect(await attempt(signInKeys('colleague@ministry.example', office), true)).toMatchObject({
      kind: 'accepted',
    })
    // Ninety colleagues' typos in a morning add up to no wait for anyone.
    for (let i = 0; i < 90; i++) await attempt(signInKeys(`p${i}@ministry.example`, office))
    expect(throttle.waitMs(signInKeys('late@ministry.example', office))).toBe(0)
  })

  it('with the default rules, guessing from many addresses keeps the owner waiting a minute at most', async () => {
    const { clock, attempt, throttle } = setup(resolveConfig().signInThrottle)
    for (let i = 0; i < 40; i++) {
      const guess = signInKeys('owner@ministry.example', `198.51.100.${i}`)
      clock.advance(throttle.waitMs(guess))
      expect((await attempt(guess)).kind).toBe('refused')
    }
    const owner = signInKeys('owner@ministry.example', '203.0.113.7')
    expect(throttle.waitMs(owner)).toBe(60_000)
    clock.advance(60_000)
    expect((await attempt(owner, true)).kind).toBe('accepted')
  })

  it('checks one try at a time once the tries being checked could use up the free failures', async () => {
    const { throttle } = setup()
    const pending: ((value: string | null) => void)[] = []
    const slow = () =>
      throttle.attempt(
        only('accountAddress'),
        () => new Promise<string | null>((resolve) => pending.push(resolve)),
      )
    // Two free failures: two tries may be checked at once, a third must wait for them.
    const first = slow()
    const second = slow()
    expect(await slow()).toEqual({ kind: 'throttled', retryAfterMs: IN_FLIGHT_WAIT_MS })
    expect(pending).toHaveLength(2)
    pending[0]?.(null)
    expect(await first).toEqual({ kind: 'refused' })
    // One failure counted and one try still out: together they use up the free two.
    expect(await slow()).toEqual({ kind: 'throttled', retryAfterMs: IN_FLIGHT_WAIT_MS })
    pending[1]?.('signed in')
    expect(await second).toEqual({ kind: 'accepted', value: 'signed in' })
    const third = slow()
    expect(pending).toHaveLength(3)
    pending[2]?.(null)
    expect(await third).toEqual({ kind: 'refused' })
  })

  it('lets go of a try whose check threw, counting nothing', async () => {
    const { throttle, store } = setup()
    const failing = () =>
      throttle.attempt(only('accountAddress'), () => Promise.reject(new Error('disk')))
    for (let i = 0; i < 5; i++) await expect(failing()).rejects.toThrow('disk')
    expect(store.get('accountAddress:x')).toBeNull()
    expect(throttle.waitMs(only('accountAddress'))).toBe(0)
  })
})
