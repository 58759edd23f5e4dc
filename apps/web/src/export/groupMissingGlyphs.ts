import type { GlyphSection, MissingGlyph } from '@coplan/protocol'

/** The missing characters of one section of the plan. */
export interface MissingGlyphGroup {
  /** Stable and unique per section, e.g. for a React key. */
  key: string
  section: GlyphSection
  glyphs: MissingGlyph[]
}

// A heading is keyed apart from the other sections, even if it is called "cover".
const sectionKey = (section: GlyphSection): string =>
  section.kind === 'heading' ? `heading:${section.text}` : section.kind

/**
 * Missing glyphs by section, sections in the order the server found them (reading order) and
 * each character once per section, so the warning reads like a list of places to look at.
 */
export const groupMissingGlyphs = (missing: readonly MissingGlyph[]): MissingGlyphGroup[] => {
  const groups = new Map<string, MissingGlyphGroup>()
  for (const glyph of missing) {
    const key = sectionKey(glyph.section)
    const group = groups.get(key) ?? { key, section: glyph.section, glyphs: [] }
    if (!group.glyphs.some((seen) => seen.codePoint === glyph.codePoint)) group.glyphs.push(glyph)
    groups.set(key, group)
  }
  return [...groups.values()]
}
