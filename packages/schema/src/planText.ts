import type { JSONContent } from '@tiptap/core'

/** One heading of a plan, in document order. */
export interface OutlineEntry {
  level: number
  text: string
}

// The walks here recurse once per level of the document, which `planDocToJSON` bounds to
// `PLAN_LIMITS.maxDepth` (48): give them no deeper JSON.
const textOf = (node: JSONContent): string =>
  node.text ?? (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '')

/** The headings of a plan, for the outline and for exports' tables of contents. */
export const outlineOf = (doc: JSONContent): OutlineEntry[] =>
  (doc.content ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => ({ level: Number(node.attrs?.level ?? 1), text: textOf(node) }))

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

// Scripts written without spaces between words: only these need a dictionary segmenter.
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/u
const WORD_CHARACTER = /[\p{L}\p{N}]/u

/**
 * Counts words the way a reader would in any script: space-separated words, and for scripts
 * written without spaces (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) words found by the
 * Unicode word segmenter. Segmenting whole plans is far too slow (seconds for a long plan,
 * which would stall the server), so the segmenter only sees the runs that need it.
 */
export const countWords = (text: string): number => {
  let count = 0
  for (const token of text.split(/\s+/)) {
    if (!WORD_CHARACTER.test(token)) continue
    if (!UNSPACED.test(token)) {
      count++
      continue
    }
    for (const segment of wordSegmenter.segment(token)) if (segment.isWordLike) count++
  }
  return count
}

/** All text of a block-level JSON node, one line per block. */
export const plainTextOf = (doc: JSONContent): string => {
  const lines: string[] = []
  const walk = (node: JSONContent): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') {
      lines.push(textOf(node))
      return
    }
    for (const child of node.content ?? []) walk(child)
  }
  walk(doc)
  return lines.join('\n')
}
