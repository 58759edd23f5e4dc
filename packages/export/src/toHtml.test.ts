import { describe, expect, it } from 'vitest'
import { createExportFixture, createHostileSpanTable } from './exportFixture'
import { toHtml } from './toHtml'

const fixture = createExportFixture()

describe('HTML export', () => {
  it('is one standalone page: cover, contents, text, comments, nothing loaded from elsewhere', () => {
    const html = toHtml(fixture.doc, fixture.meta, { comments: fixture.comments })
    const order = [
      '<section class="cover">',
      '<nav class="toc"',
      '<main class="plan">',
      '<section class="appendix">',
    ].map((marker) => html.indexOf(marker))
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true)
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|url\(/)
    expect(html).toContain('<title>Ghana — Digital Services Cooperation Plan</title>')
    expect(html).toContain('<dt>Saved</dt><dd>2025-06-30</dd>')
    expect(html).toContain('@page :first')
  })

  it('escapes the text and drops unsafe links', () => {
    const html = toHtml(
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '<script>alert(1)</script> & "quotes"' },
              {
                type: 'text',
                text: 'bad link',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
        ],
      },
      { ...fixture.meta, title: '</title><script>' },
    )
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;bad link')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<script>')
  })

  it('numbers the contents when given the pages, and keeps the column when not yet known', () => {
    const numbered = toHtml(fixture.doc, fixture.meta, { tocPages: { 'section-2': 3 } })
    expect(numbered).toMatch(
      /<a href="#section-2"><span class="toc-text"[^>]*>Overview<\/span><span class="toc-leader"><\/span><span class="toc-page">3<\/span><\/a>/,
    )
    expect(numbered).toMatch(/<a href="#section-3">.*<span class="toc-page"><\/span><\/a>/)
    expect(toHtml(fixture.doc, fixture.meta)).not.toContain('class="toc-page"')
  })

  it('sets Arabic lists right to left, bullets and all', () => {
    const item = (text: string) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    })
    const html = toHtml(
      {
        type: 'doc',
        content: [{ type: 'bulletList', content: [item('البند الأول'), item('Second')] }],
      },
      fixture.meta,
    )
    expect(html).toContain(
      '<ul dir="rtl"><li dir="rtl"><p dir="auto">البند الأول</p></li>\n<li><p dir="auto">Second</p></li></ul>',
    )
  })

  it('writes the spans of a table bounded, whatever the plan stored', () => {
    const html = toHtml({ type: 'doc', content: [createHostileSpanTable(2 ** 31)] }, fixture.meta)
    expect(html).toContain('<td colspan="64"><p dir="auto">wide</p></td>')
    expect(html).toContain('<td rowspan="2"><p dir="auto">tall</p></td>')
    expect(html).toContain('<td colspan="64"><p dir="auto">both</p></td>')
    expect(html).not.toContain('2147483648')
  })
})
