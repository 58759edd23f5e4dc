import type { GlyphSection, MissingGlyph } from '@coplan/protocol'
import type { JSONContent } from '@tiptap/core'
import type { ExportMeta, ExportOptions } from './ExportMeta'
import type { GlyphCoverage } from './FontSet'
import { childrenOf, textOf } from './planNodes'

// Characters that are never drawn: spaces, joiners, direction marks, variation selectors.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u

/** One string per section, so a heading named like another section's English stays apart. */
const sectionKey = (section: GlyphSection): string =>
  section.kind === 'heading' ? `heading:${section.text}` : section.kind

/**
 * The characters of a plan's export that `fonts` cannot draw, once per character and section,
 * in reading order: the cover, the text by section, the comments when they are exported. An
 * empty list means the PDF shows every character; otherwise these would come out as blank
 * boxes, and the person exporting is told which and where. Sections are data, not words: the
 * UI names the cover, the start and the comments in its own language.
 */
export const findMissingGlyphs = (
  doc: JSONContent,
  meta: ExportMeta,
  fonts: GlyphCoverage,
  options: ExportOptions = {},
): MissingGlyph[] => {
  const found = new Map<string, MissingGlyph>()
  const check = (text: string, section: GlyphSection): void => {
    for (const char of text) {
      const codePoint = char.codePointAt(0) as number
      if (INVISIBLE.test(char) || fonts.hasGlyph(codePoint)) continue
      const key = `${char}\u0000${sectionKey(section)}`
      if (!found.has(key)) {
        found.set(key, {
          char,
          codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
          section,
        })
      }
    }
  }
  for (const value of [meta.course, meta.country, meta.title, meta.status, meta.versionName]) {
    check(value, { kind: 'cover' })
  }
  let section: GlyphSection = { kind: 'start' }
  const walk = (node: JSONContent): void => {
    const heading = node.type === 'heading' && textOf(node).replace(/\s+/g, ' ').trim()
    // An empty heading starts no section of its own: its characters count to the one before.
    if (heading) section = { kind: 'heading', text: heading }
    if (node.text !== undefined) check(node.text, section)
    for (const child of childrenOf(node)) walk(child)
  }
  walk(doc)
  const comments: GlyphSection = { kind: 'comments' }
  for (const thread of options.comments ?? []) {
    check(thread.quote.exact, comments)
    for (const comment of thread.comments) {
      check(comment.body, comments)
      check(comment.author.name, comments)
    }
  }
  return [...found.values()]
}
