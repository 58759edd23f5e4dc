import type { GlyphSection } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { groupMissingGlyphs } from './groupMissingGlyphs'

const glyph = (char: string, section: GlyphSection) => ({
  char,
  codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`,
  section,
})
const heading = (text: string): GlyphSection => ({ kind: 'heading', text })

describe('groupMissingGlyphs', () => {
  it('keeps the reading order of sections and lists each character once per section', () => {
    const groups = groupMissingGlyphs([
      glyph('😀', heading('Objectives')),
      glyph('𓀀', { kind: 'cover' }),
      glyph('😀', heading('Objectives')),
      glyph('😀', heading('Budget')),
    ])
    expect(groups.map((group) => group.section)).toEqual([
      heading('Objectives'),
      { kind: 'cover' },
      heading('Budget'),
    ])
    expect(groups[0]?.glyphs.map((entry) => entry.char)).toEqual(['😀'])
  })

  it('keeps a heading named like another section apart from it', () => {
    const groups = groupMissingGlyphs([
      glyph('😀', { kind: 'comments' }),
      glyph('😀', heading('comments')),
    ])
    expect(groups.map((group) => group.key)).toEqual(['comments', 'heading:comments'])
  })

  it('is empty when nothing is missing', () => {
    expect(groupMissingGlyphs([])).toEqual([])
  })
})
