import { describe, expect, it } from 'vitest'
import {
  ATTRIBUTE_NAMES,
  isAllowedHref,
  isAllowedMarkValue,
  isAllowedNodeAttribute,
} from './planAttributes'
import { PLAN_LIMITS } from './planLimits'
import { createPlanSchema } from './planSchema'

const schema = createPlanSchema()

describe('attribute rules', () => {
  it('cover every attribute of every element and mark the schema has, and no other', () => {
    const withAttrs = (types: Record<string, { spec: { attrs?: object } }>) =>
      Object.fromEntries(
        Object.entries(types)
          .map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {})] as const)
          .filter(([, keys]) => keys.length > 0),
      )
    expect(ATTRIBUTE_NAMES.nodes).toEqual(withAttrs(schema.nodes))
    expect(ATTRIBUTE_NAMES.marks).toEqual(withAttrs(schema.marks))
  })

  it('allow every default the schema gives (what the editor writes when nothing is set)', () => {
    for (const [name, type] of Object.entries(schema.nodes)) {
      for (const [key, spec] of Object.entries(type.spec.attrs ?? {})) {
        expect(isAllowedNodeAttribute(name, key, (spec as { default: unknown }).default)).toBe(true)
      }
    }
    expect(isAllowedMarkValue('link', schema.marks.link?.create().attrs)).toBe(true)
    expect(isAllowedMarkValue('bold', {})).toBe(true)
    // A format's end.
    expect(isAllowedMarkValue('bold', null)).toBe(true)
  })

  it.each<[string, string, unknown, boolean]>([
    ['heading', 'level', 3, true],
    ['heading', 'level', 6, true],
    ['heading', 'level', 7, false],
    ['heading', 'level', 0, false],
    ['heading', 'level', '2', false],
    ['heading', 'level', null, false],
    ['codeBlock', 'language', 'typescript', true],
    ['codeBlock', 'language', 'x'.repeat(PLAN_LIMITS.maxAttributeChars + 1), false],
    ['codeBlock', 'language', 42, false],
    ['codeBlock', 'language', 'x'.repeat(PLAN_LIMITS.maxAttributeChars), true],
    ['codeBlock', 'language', ['typescript'], false],
    ['codeBlock', 'language', null, true],
    ['orderedList', 'start', 1, true],
    ['orderedList', 'start', PLAN_LIMITS.maxListStart, true],
    ['orderedList', 'start', PLAN_LIMITS.maxListStart + 1, false],
    ['orderedList', 'start', -1, false],
    ['orderedList', 'start', 1.5, false],
    ['orderedList', 'start', Number.NaN, false],
    ['orderedList', 'type', '1', true],
    ['orderedList', 'type', 'a', true],
    ['orderedList', 'type', 'A', true],
    ['orderedList', 'type', 'i', true],
    ['orderedList', 'type', 'I', true],
    ['orderedList', 'type', 'b', false],
    ['orderedList', 'type', '', false],
    ['orderedList', 'type', 'square', false],
    ['tableCell', 'colspan', PLAN_LIMITS.maxColspan, true],
    ['tableCell', 'colspan', 1_000_000, false],
    ['tableCell', 'colspan', 0, false],
    ['tableHeader', 'rowspan', PLAN_LIMITS.maxRowspan, true],
    ['tableHeader', 'rowspan', PLAN_LIMITS.maxRowspan + 1, false],
    ['tableCell', 'colwidth', [120, 0], true],
    ['tableCell', 'colwidth', [120], true],
    ['tableCell', 'colwidth', [PLAN_LIMITS.maxColumnWidthPx], true],
    ['tableCell', 'colwidth', Array.from({ length: PLAN_LIMITS.maxColspan }, () => 10), true],
    ['tableCell', 'colwidth', [120, -1], false],
    ['tableCell', 'colwidth', [-1], false],
    ['tableCell', 'colwidth', ['120'], false],
    ['tableCell', 'colwidth', [Number.POSITIVE_INFINITY], false],
    ['tableCell', 'colwidth', [PLAN_LIMITS.maxColumnWidthPx + 1], false],
    ['tableCell', 'colwidth', [], false],
    ['tableCell', 'colwidth', Array.from({ length: PLAN_LIMITS.maxColspan + 1 }, () => 10), false],
    ['tableCell', 'colwidth', [Number.NaN], false],
    ['tableCell', 'colwidth', '120', false],
    ['tableCell', 'align', 'left', true],
    ['tableCell', 'align', 'center', true],
    ['tableCell', 'align', 'right', true],
    ['tableCell', 'align', 'justify', false],
    // Unknown names, of the attribute or the element.
    ['paragraph', 'textAlign', 'left', false],
    ['heading', 'id', 'x', false],
    ['script', 'src', 'x', false],
    ['heading', 'constructor', 1, false],
    ['constructor', 'name', 'Object', false],
  ])('%s.%s = %j: %s', (node, key, value, allowed) => {
    expect(isAllowedNodeAttribute(node, key, value)).toBe(allowed)
  })

  it.each<[string, boolean]>([
    ['https://www.gov.kr/portal', true],
    ['https://www.gov.kr:8443/portal', true],
    ['HTTP://example.org', true],
    ['mailto:ama@ghana.example', true],
    ['tel:+233302000000', true],
    ['#budget', true],
    [`https://example.org/${'x'.repeat(PLAN_LIMITS.maxHrefChars)}`, false],
    [`https://x.org/${'x'.repeat(PLAN_LIMITS.maxHrefChars - 'https://x.org/'.length)}`, true],
    [`https://x.org/${'x'.repeat(PLAN_LIMITS.maxHrefChars - 'https://x.org/'.length + 1)}`, false],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org', false],
    ['www.gov.gh', false],
    ['/plans/1', false],
    ['/go?to=https://x.org', false],
    ['', false],
  ])('a link to %j: %s', (href, allowed) => {
    expect(isAllowedHref(href)).toBe(allowed)
    expect(isAllowedMarkValue('link', { href, target: '_blank' })).toBe(allowed)
  })

  it('refuse mark values the editor never writes', () => {
    expect(isAllowedMarkValue('link', { href: 'https://x.org', onclick: 'alert(1)' })).toBe(false)
    expect(isAllowedMarkValue('link', { title: 'x'.repeat(10_000) })).toBe(false)
    expect(isAllowedMarkValue('bold', { weight: 900 })).toBe(false)
    expect(isAllowedMarkValue('bold', true)).toBe(false)
    expect(isAllowedMarkValue('bold', [])).toBe(false)
    expect(isAllowedMarkValue('bold', undefined)).toBe(false)
    expect(isAllowedMarkValue('bold', 'bold')).toBe(false)
    expect(isAllowedMarkValue('bold', Object.create(null))).toBe(true)
    expect(isAllowedMarkValue('link', { href: 42 })).toBe(false)
    expect(isAllowedMarkValue('link', { href: null })).toBe(true)
    expect(isAllowedHref(42)).toBe(false)
    expect(isAllowedMarkValue('blink', {})).toBe(true)
  })
})
