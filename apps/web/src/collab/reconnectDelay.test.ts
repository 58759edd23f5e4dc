import { describe, expect, it } from 'vitest'
import { reconnectDelay } from './reconnectDelay'

describe('reconnectDelay', () => {
  it('grows exponentially up to the cap, with half of it random', () => {
    expect(reconnectDelay(0, { random: () => 0 })).toBe(125)
    expect(reconnectDelay(0, { random: () => 1 })).toBe(250)
    expect(reconnectDelay(3, { random: () => 0 })).toBe(1000)
    expect(reconnectDelay(20, { random: () => 1 })).toBe(10_000)
    expect(reconnectDelay(20, { random: () => 0 })).toBe(5_000)
  })

  it('spreads a crowd of reconnecting clients over time', () => {
    const delays = Array.from({ length: 500 }, () => reconnectDelay(4))
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000)
    expect(Math.max(...delays)).toBeLessThanOrEqual(4000)
    expect(new Set(delays).size).toBeGreaterThan(100)
  })
})
