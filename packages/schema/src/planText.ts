import type { JSONContent } from '@tiptap/core'

/** One heading of a plan, in document order. */
export interface OutlineEntry {
  level: number
  text: string
}

const textOf = (node: JSONContent): string =>
  node.text ?? (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '')

/** The headings of a plan, for the outline and for exports' tables of contents. */
export const outlineOf = (doc: JSONContent): OutlineEntry[] =>
  (doc.content ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => ({ level: Number(node.attrs?.level ?? 1), text: textOf(node) }))

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

/**
 * Counts words the way a reader would in any script: by Unicode word boundaries, so Korean,
 * Thai (no spaces between words) and Latin text are all counted sensibly.
 */
export const countWords = (text: string): number => {
  let count = 0
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count++
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
