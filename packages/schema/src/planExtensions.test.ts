import { describe, expect, it } from 'vitest'
import { PLAN_LIMITS } from './planLimits'
import { isAutoLinkable } from './planExtensions'

describe('links made as one types', () => {
  it.each<[string, boolean]>([
    ['https://www.gov.kr', true],
    ['www.gov.gh', true],
    ['mentor@example.org', true],
    ['mailto:mentor@example.org', true],
    ['ftp://files.example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['192.168.0.1', false],
    ['localhost', false],
    [`www.gov.kr/${'x'.repeat(PLAN_LIMITS.maxHrefChars)}`, false],
  ])('%s: %s', (url, linked) => {
    expect(isAutoLinkable(url)).toBe(linked)
  })
})
