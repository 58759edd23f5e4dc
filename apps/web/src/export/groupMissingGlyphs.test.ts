import { describe, expect, it } from 'vitest'
import { groupMissingGlyphs } from './groupMissingGlyphs'

const glyph = (char: string, section: string) => ({
  char,
  codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`,
  section,
})

describe('groupMissingGlyphs', () => {
  it('keeps the reading order of sections and lists each character once per section', () => {
    const groups = groupMissingGlyphs([
      glyph('😀', 'Objectives'),
      glyph('𓀀', 'Cover page'),
      glyph('😀', 'Objectives'),
      glyph('😀', 'Budget'),
    ])
    expect(groups.map((group) => group.section)).toEqual(['Objectives', 'Cover page', 'Budget'])
    expect(groups[0]?.glyphs.map((entry) => entry.char)).toEqual(['😀'])
  })

  it('is empty when nothing is missing', () => {
    expect(groupMissingGlyphs([])).toEqual([])
  })
})
