import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createExportFixture, createHostileSpanTable } from './exportFixture'
import { toDocx } from './toDocx'

const fixture = createExportFixture()
const part = (docx: Uint8Array, name: string): string =>
  new TextDecoder().decode(unzipSync(docx)[name])

describe('Word export', () => {
  it('is the same file, byte for byte, every time it is made from the same state', async () => {
    const first = await toDocx(fixture.doc, fixture.meta, { comments: fixture.comments })
    const second = await toDocx(fixture.doc, fixture.meta, { comments: fixture.comments })
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
    expect(part(first, 'docProps/core.xml')).toContain('2025-06-30T09:00:00Z</dcterms:created>')
  })

  it('numbers each numbered list from its own start', async () => {
    const docx = await toDocx(
      {
        type: 'doc',
        content: [5, 1].map((start) => ({
          type: 'orderedList',
          attrs: { start },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: `from ${start}` }] }],
            },
          ],
        })),
      },
      fixture.meta,
    )
    const numbering = part(docx, 'word/numbering.xml')
    expect(numbering).toContain('<w:start w:val="5"/>')
    const lists = [...part(docx, 'word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/g)]
    expect(new Set(lists.map((m) => m[1])).size).toBe(2)
  })

  it('gives Thai its language and font and marks Arabic right to left', async () => {
    const xml = part(await toDocx(fixture.doc, fixture.meta), 'word/document.xml')
    expect(xml).toMatch(/<w:rFonts w:cs="Leelawadee UI"\/><w:lang w:val="th-TH"\/>/)
    expect(xml).toMatch(/<w:rFonts w:cs="Nirmala UI"\/>/)
    expect(xml).toMatch(/<w:pPr><w:bidi\/><\/w:pPr><w:r><w:rPr><w:rtl\/>/)
  })

  it('puts a footer with page numbers on every page but the cover', async () => {
    const docx = await toDocx(fixture.doc, fixture.meta)
    expect(part(docx, 'word/document.xml')).toContain('<w:titlePg/>')
    const footer = part(docx, 'word/footer1.xml')
    expect(footer).toContain('PAGE')
    expect(footer).toContain('NUMPAGES')
    expect(footer).toContain('Ghana — Digital Services Cooperation Plan')
  })

  it('writes tables whose stored spans are a million or 2^31 in bounded time and size', async () => {
    for (const span of [1_000_000, 2 ** 31]) {
      const started = performance.now()
      const docx = await toDocx(
        { type: 'doc', content: [createHostileSpanTable(span)] },
        fixture.meta,
      )
      expect(performance.now() - started).toBeLessThan(5000)
      expect(docx.length).toBeLessThan(50_000)
      const xml = part(docx, 'word/document.xml')
      expect(xml).toContain('<w:gridSpan w:val="64"/>')
      for (const word of ['wide', 'tall', 'both', 'plain']) expect(xml).toContain(`>${word}<`)
    }
  })
})
