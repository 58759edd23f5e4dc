import { PLAN_LIMITS } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import { normalizeLinkUrl } from './normalizeLinkUrl'

describe('normalizeLinkUrl', () => {
  it('keeps http(s) and mailto links as typed', () => {
    expect(normalizeLinkUrl(' https://www.gov.kr/portal ')).toBe('https://www.gov.kr/portal')
    expect(normalizeLinkUrl('mailto:mentor@example.org')).toBe('mailto:mentor@example.org')
    expect(normalizeLinkUrl('tel:+233302000000')).toBe('tel:+233302000000')
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
    expect(normalizeLinkUrl('ftp://files.example.org')).toBeNull()
  })

  it('refuses an address longer than a plan’s links may be', () => {
    expect(
      normalizeLinkUrl(`https://www.gov.kr/${'x'.repeat(PLAN_LIMITS.maxHrefChars)}`),
    ).toBeNull()
  })
})
