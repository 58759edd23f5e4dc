import type { JSONContent } from '@tiptap/core'

/** The children of a node (none for a leaf). */
export const childrenOf = (node: JSONContent): JSONContent[] => node.content ?? []

/** All text in a node, with hard breaks as newlines. */
export const textOf = (node: JSONContent): string =>
  node.type === 'hardBreak' ? '\n' : (node.text ?? childrenOf(node).map(textOf).join(''))

/** A heading of the plan, as tables of contents list it. */
export interface HeadingEntry {
  /** Anchor id, unique in the document: `section-1`, `section-2`, … in document order. */
  id: string
  level: number
  text: string
}

export interface HeadingAnchors {
  entries: HeadingEntry[]
  /** The anchor of a heading node of this document. */
  idOf(node: JSONContent): string | undefined
}

/**
 * Numbers the headings of `doc` in document order, wherever they are (a heading may sit in a
 * list item or a table cell). Ids come from the order rather than the text, so a heading in
 * Korean or Arabic gets a plain ASCII anchor that every format and PDF viewer accepts.
 */
export const headingAnchors = (doc: JSONContent): HeadingAnchors => {
  const ids = new Map<JSONContent, string>()
  const entries: HeadingEntry[] = []
  const walk = (node: JSONContent): void => {
    if (node.type === 'heading') {
      const id = `section-${entries.length + 1}`
      ids.set(node, id)
      entries.push({
        id,
        level: headingLevel(node),
        text: textOf(node).replace(/\s+/g, ' ').trim(),
      })
    }
    for (const child of childrenOf(node)) walk(child)
  }
  walk(doc)
  return { entries, idOf: (node) => ids.get(node) }
}

/** The level of a heading node, 1–6. */
export const headingLevel = (node: JSONContent): number =>
  Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) || 1))

/** Levels a table of contents lists. */
export const TOC_MAX_LEVEL = 3
