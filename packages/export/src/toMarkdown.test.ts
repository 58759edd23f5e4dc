import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createExportFixture, createHostileSpanTable } from './exportFixture'
import { toMarkdown } from './toMarkdown'

const { meta } = createExportFixture()
const body = (...content: JSONContent[]): string =>
  toMarkdown({ type: 'doc', content }, meta).split('---\n\n')[1] ?? ''
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const t = (text: string, ...marks: string[]): JSONContent => ({
  type: 'text',
  text,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
})

describe('Markdown export', () => {
  it('starts with the metadata as YAML front matter', () => {
    expect(toMarkdown({ type: 'doc', content: [] }, meta)).toBe(
      [
        '---',
        'course: "Digital Government Policy Manager Course"',
        'country: "Ghana"',
        'title: "Digital Services Cooperation Plan"',
        'status: "Final"',
        'version: "Finalized"',
        'date: "2025-06-30"',
        '---',
        '',
      ].join('\n'),
    )
  })

  it('nests marks without doubled delimiters and keeps spaces outside them', () => {
    expect(body(p(t('a '), t('bold ', 'bold'), t('both', 'bold', 'italic'), t(' end')))).toBe(
      'a **bold *both*** end\n',
    )
    expect(body(p(t('x`y', 'code')))).toBe('``x`y``\n')
  })

  it('escapes text that would turn into Markdown', () => {
    expect(body(p(t('1. not a list *or* [link] <b>')))).toBe(
      '1\\. not a list \\*or\\* \\[link\\] \\<b\\>\n',
    )
    expect(body(p(t('# not a heading')))).toBe('\\# not a heading\n')
  })

  it('keeps unsafe links as text', () => {
    const link = (href: string): JSONContent => ({
      type: 'text',
      text: 'click',
      marks: [{ type: 'link', attrs: { href } }],
    })
    expect(body(p(link('javascript:alert(1)')))).toBe('click\n')
    expect(body(p(link('www.gov.gh')))).toBe('[click](<https://www.gov.gh>)\n')
  })

  it('lays spanned table cells on the grid, leaving covered columns empty', () => {
    const markdown = toMarkdown(createExportFixture().doc, meta)
    expect(markdown).toContain(
      [
        '| Activity | Responsible | Start | End |',
        '| --- | --- | --- | --- |',
        '| Needs assessment | 행정안전부 | 2025-03 | 2025-04 |',
        '| Pilot and training |  | 2025-05 | 2026-02 |',
        '| Evaluation | NIA | 2026-01 |  |',
      ].join('\n'),
    )
  })

  it('adds the comments, open and resolved, with authors and dates', () => {
    const fixture = createExportFixture()
    const markdown = toMarkdown(fixture.doc, meta, { comments: fixture.comments })
    const appendix = markdown.slice(markdown.indexOf('# Appendix: Comments'))
    expect(appendix).toContain(
      '**1. “Needs assessment”** (Resolved by Ama Owusu (delegate, Ghana) on 2025-05-21 09:00 UTC)',
    )
    expect(appendix).toContain('**2. “Train 40 officials in Seoul”** (Open)')
    expect(appendix).toContain('- **Kim Min-ji (mentor)**, 2025-06-01 10:00 UTC:\\')
    expect(appendix).toContain('(edited 2025-06-02 08:35 UTC)')
  })

  it('lays out a table whose stored spans are 2^31 on a bounded grid', () => {
    const lines = body(createHostileSpanTable(2 ** 31))
      .trim()
      .split('\n')
    expect(lines).toHaveLength(4)
    for (const line of lines) expect(line.split('|')).toHaveLength(65 + 2)
    expect(lines[0]).toMatch(/^\| wide \|( +\|){63} tall \|$/)
  })
})
