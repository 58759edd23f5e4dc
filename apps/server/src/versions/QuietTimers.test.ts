import { describe, expect, it } from 'vitest'
import { ManualClock } from '../testing/ManualClock'
import { QuietTimers } from './QuietTimers'

const watch = () => {
  const clock = new ManualClock()
  const quiet: string[] = []
  const timers = new QuietTimers(
    clock,
    (key) => quiet.push(key),
    (key, error) => {
      throw new Error(`unexpected error for ${key}: ${String(error)}`)
    },
  )
  return { clock, quiet, timers }
}

describe('quiet periods per key', () => {
  it('runs once a key has not been pushed for the delay, counted from the last push', () => {
    const { clock, quiet, timers } = watch()
    timers.push('a', 1000)
    clock.advance(600)
    timers.push('a', 1000)
    clock.advance(999)
    expect(quiet).toEqual([])
    clock.advance(1)
    expect(quiet).toEqual(['a'])
    clock.advance(5000)
    expect(quiet).toEqual(['a'])
  })

  it('keeps keys apart', () => {
    const { clock, quiet, timers } = watch()
    timers.push('a', 1000)
    clock.advance(500)
    timers.push('b', 1000)
    clock.advance(500)
    expect(quiet).toEqual(['a'])
    clock.advance(500)
    expect(quiet).toEqual(['a', 'b'])
  })

  it('honours a shorter delay than the one armed', () => {
    const { clock, quiet, timers } = watch()
    timers.push('a', 10_000)
    timers.push('a', 100)
    clock.advance(100)
    expect(quiet).toEqual(['a'])
    clock.advance(20_000)
    expect(quiet).toEqual(['a'])
  })

  it('runs nothing after stop', () => {
    const { clock, quiet, timers } = watch()
    timers.push('a', 1000)
    timers.stop()
    clock.advance(5000)
    expect(quiet).toEqual([])
  })

  it('arms a timer per delay that passes, not per push', () => {
    const { clock, timers } = watch()
    let armed = 0
    const setTimeout = clock.setTimeout.bind(clock)
    clock.setTimeout = (callback, delayMs) => {
      armed++
      return setTimeout(callback, delayMs)
    }
    for (let push = 0; push < 100; push++) {
      timers.push('a', 1000)
      clock.advance(10)
    }
    // 100 pushes within one second: armed at the start, and again when that one fired early.
    expect(armed).toBe(2)
  })

  it('hands what a callback throws or rejects with to onError, and keeps the other keys', async () => {
    const clock = new ManualClock()
    const quiet: string[] = []
    const errors: [string, string][] = []
    const timers = new QuietTimers(
      clock,
      (key) => {
        quiet.push(key)
        if (key === 'throws') throw new Error('boom')
        if (key === 'rejects') return Promise.reject(new Error('later'))
        return undefined
      },
      (key, error) => errors.push([key, (error as Error).message]),
    )
    for (const key of ['throws', 'rejects', 'fine']) timers.push(key, 1000)
    clock.advance(1000)
    await Promise.resolve()
    expect(quiet).toEqual(['throws', 'rejects', 'fine'])
    expect(errors).toEqual([
      ['throws', 'boom'],
      ['rejects', 'later'],
    ])
    timers.push('throws', 1000)
    clock.advance(1000)
    expect(errors).toHaveLength(3)
  })
})
