import type { JSONContent } from '@tiptap/core'
import type { ExportMeta, ExportOptions } from './ExportMeta'
import type { GlyphCoverage } from './FontSet'
import { childrenOf, textOf } from './planNodes'
import { COMMENTS_HEADING } from './threadSummary'

/** A character that no export font can draw, and where it is. */
export interface MissingGlyph {
  char: string
  /** Like `U+1F600`. */
  codePoint: string
  /** The heading it is under, "Cover page", or the comments appendix. */
  section: string
}

// Characters that are never drawn: spaces, joiners, direction marks, variation selectors.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u

export const COVER_SECTION = 'Cover page'
export const BEFORE_FIRST_HEADING = 'Start of the plan'

/**
 * The characters of a plan's export that `fonts` cannot draw, once per character and section,
 * in reading order: the cover, the text by section, the comments when they are exported. An
 * empty list means the PDF shows every character; otherwise these would come out as blank
 * boxes, and the person exporting is told which and where.
 */
export const findMissingGlyphs = (
  doc: JSONContent,
  meta: ExportMeta,
  fonts: GlyphCoverage,
  options: ExportOptions = {},
): MissingGlyph[] => {
  const found = new Map<string, MissingGlyph>()
  const check = (text: string, section: string): void => {
    for (const char of text) {
      const codePoint = char.codePointAt(0) as number
      if (INVISIBLE.test(char) || fonts.hasGlyph(codePoint)) continue
      const key = `${char}\u0000${section}`
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
    check(value, COVER_SECTION)
  }
  let section = BEFORE_FIRST_HEADING
  const walk = (node: JSONContent): void => {
    if (node.type === 'heading') section = textOf(node).replace(/\s+/g, ' ').trim() || section
    if (node.text !== undefined) check(node.text, section)
    for (const child of childrenOf(node)) walk(child)
  }
  walk(doc)
  for (const thread of options.comments ?? []) {
    check(thread.quote.exact, COMMENTS_HEADING)
    for (const comment of thread.comments) {
      check(comment.body, COMMENTS_HEADING)
      check(comment.author.name, COMMENTS_HEADING)
    }
  }
  return [...found.values()]
}
