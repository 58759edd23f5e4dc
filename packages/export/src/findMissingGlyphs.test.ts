import { describe, expect, it } from 'vitest'
import { EXPORT_FONTS, EXPORT_MONO_FONT } from './exportFonts'
import { createExportFixture } from './exportFixture'
import { findMissingGlyphs } from './findMissingGlyphs'
import { FontSet } from './FontSet'

const fixture = createExportFixture()
const latinOnly = { hasGlyph: (codePoint: number) => codePoint < 0x250 }

describe('missing glyphs', () => {
  it('finds none in a plan in every supported script, with the fonts export installs', () => {
    const fonts = new FontSet([EXPORT_MONO_FONT, ...EXPORT_FONTS])
    expect(
      findMissingGlyphs(fixture.doc, fixture.meta, fonts, { comments: fixture.comments }),
    ).toEqual([])
  })

  it('names each character once per section, with its code point, in reading order', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Intro ሰ' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Budget' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'ሰሰ 🛰\u200d' }] },
      ],
    }
    expect(findMissingGlyphs(doc, fixture.meta, latinOnly)).toEqual([
      { char: 'ሰ', codePoint: 'U+1230', section: { kind: 'start' } },
      { char: 'ሰ', codePoint: 'U+1230', section: { kind: 'heading', text: 'Budget' } },
      { char: '🛰', codePoint: 'U+1F6F0', section: { kind: 'heading', text: 'Budget' } },
    ])
  })

  it('checks the cover and, when exported, the comments', () => {
    const meta = { ...fixture.meta, title: 'Plan ሰ' }
    const missing = findMissingGlyphs({ type: 'doc' }, meta, latinOnly, {
      comments: fixture.comments,
    })
    expect(missing[0]).toEqual({ char: 'ሰ', codePoint: 'U+1230', section: { kind: 'cover' } })
    expect(missing.some((glyph) => glyph.char === '연' && glyph.section.kind === 'comments')).toBe(
      true,
    )
  })

  it('keeps a heading apart from the cover and the comments, even when named like them', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'cover' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'ሰ' }] },
      ],
    }
    const meta = { ...fixture.meta, title: 'Plan ሰ' }
    expect(findMissingGlyphs(doc, meta, latinOnly).map((glyph) => glyph.section)).toEqual([
      { kind: 'cover' },
      { kind: 'heading', text: 'cover' },
    ])
  })
})
