import { describe, expect, it } from 'vitest'
import { formatRelativeTime } from './formatRelativeTime'

const NOW = Date.parse('2026-03-10T12:00:00Z')
const ago = (seconds: number) => new Date(NOW - seconds * 1000)

describe('formatRelativeTime', () => {
  it('says "now" for the last minute', () => {
    expect(formatRelativeTime(ago(20), NOW, 'en')).toBe('now')
  })

  it('picks the largest whole unit', () => {
    expect(formatRelativeTime(ago(5 * 60), NOW, 'en')).toBe('5 minutes ago')
    expect(formatRelativeTime(ago(3 * 3600), NOW, 'en')).toBe('3 hours ago')
    expect(formatRelativeTime(ago(26 * 3600), NOW, 'en')).toBe('yesterday')
  })

  it('speaks the UI language', () => {
    expect(formatRelativeTime(ago(5 * 60), NOW, 'ko')).toBe('5분 전')
  })
})
