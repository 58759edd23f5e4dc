import type { MissingGlyph } from './exportTypes'

/** The missing characters of one section of the plan. */
export interface MissingGlyphGroup {
  section: string
  glyphs: MissingGlyph[]
}

/**
 * Missing glyphs by section, sections in the order the server found them (reading order) and
 * each character once per section, so the warning reads like a list of places to look at.
 */
export const groupMissingGlyphs = (missing: readonly MissingGlyph[]): MissingGlyphGroup[] => {
  const groups = new Map<string, MissingGlyph[]>()
  for (const glyph of missing) {
    const glyphs = groups.get(glyph.section) ?? []
    if (!glyphs.some((seen) => seen.codePoint === glyph.codePoint)) glyphs.push(glyph)
    groups.set(glyph.section, glyphs)
  }
  return [...groups].map(([section, glyphs]) => ({ section, glyphs }))
}
