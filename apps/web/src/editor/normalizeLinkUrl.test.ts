import { describe, expect, it } from 'vitest'
import { normalizeLinkUrl } from './normalizeLinkUrl'

describe('normalizeLinkUrl', () => {
  it('keeps http(s) and mailto links as typed', () => {
    expect(normalizeLinkUrl(' https://www.gov.kr/portal ')).toBe('https://www.gov.kr/portal')
    expect(normalizeLinkUrl('mailto:mentor@example.org')).toBe('mailto:mentor@example.org')
  })

  it('completes bare addresses', () => {
    expect(normalizeLinkUrl('gov.kr')).toBe('https://gov.kr')
    expect(normalizeLinkUrl('mentor@example.org')).toBe('mailto:mentor@example.org')
  })

  it('reads an empty field as "remove the link"', () => {
    expect(normalizeLinkUrl('   ')).toBe('')
  })

  it('refuses scripts, other schemes and things that are not addresses', () => {
    expect(normalizeLinkUrl('javascript:alert(1)')).toBeNull()
    expect(normalizeLinkUrl('file:///etc/passwd')).toBeNull()
    expect(normalizeLinkUrl('not a link')).toBeNull()
  })
})
