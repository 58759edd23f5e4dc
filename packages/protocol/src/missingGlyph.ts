/**
 * Where in an export a missing glyph is. Only a heading carries text, the author's own words;
 * the other places are named by the UI in its own language.
 * - `cover`: the cover page (course, country, title, status, version).
 * - `start`: the text before the plan's first heading.
 * - `heading`: the section under this heading (its text, whitespace collapsed).
 * - `comments`: the appendix of comment threads.
 */
export type GlyphSection =
  { kind: 'cover' } | { kind: 'start' } | { kind: 'heading'; text: string } | { kind: 'comments' }

/** A character that no export font can draw, and where it is. */
export interface MissingGlyph {
  char: string
  /** Like `U+1F600`. */
  codePoint: string
  section: GlyphSection
}
