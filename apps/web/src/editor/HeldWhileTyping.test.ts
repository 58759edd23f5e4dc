import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HeldWhileTyping } from './HeldWhileTyping'

describe('HeldWhileTyping', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds nothing while nobody types', () => {
    const release = vi.fn()
    const held = new HeldWhileTyping(release)
    expect(held.request()).toBe(true)
    held.typed()
    vi.advanceTimersByTime(1000)
    expect(held.request()).toBe(true)
    expect(release).not.toHaveBeenCalled()
  })

  it('holds a redraw while someone types, until their next edit', () => {
    const release = vi.fn()
    const held = new HeldWhileTyping(release, { maxWaitMs: 250 })
    expect(held.typed()).toBe(false)
    vi.advanceTimersByTime(50)
    expect(held.request()).toBe(false)
    expect(held.request()).toBe(false)
    vi.advanceTimersByTime(100)
    expect(held.typed()).toBe(true)
    expect(held.typed()).toBe(false)
    vi.advanceTimersByTime(1000)
    expect(release).not.toHaveBeenCalled()
  })

  it('lets a held redraw wait no longer than maxWaitMs', () => {
    const release = vi.fn()
    const held = new HeldWhileTyping(release, { maxWaitMs: 250 })
    held.typed()
    held.request()
    vi.advanceTimersByTime(249)
    held.request()
    expect(release).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(release).toHaveBeenCalledTimes(1)
    expect(held.typed()).toBe(false)
  })
})
