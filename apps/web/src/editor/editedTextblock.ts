import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { PositionRange } from './caretPositions'

/**
 * Where in `after` an edit from `before` changed the layout: the content of the one textblock
 * it changed (typing, deleting in a paragraph), `'blocks'` when it changed more than text in a
 * textblock (blocks added, removed, split, retyped), or null when the documents are equal.
 * Only what comes after the edit's start can move, and only in that textblock unless its height
 * changed; the whole line may re-wrap, so it is the whole textblock.
 */
export const editedTextblock = (
  before: ProseMirrorNode,
  after: ProseMirrorNode,
): PositionRange | 'blocks' | null => {
  const start = before.content.findDiffStart(after.content)
  if (start === null) return null
  const end = after.content.findDiffEnd(before.content)
  const $start = after.resolve(Math.min(start, after.content.size))
  const { parent } = $start
  if (!parent.isTextblock) return 'blocks'
  const range = { from: $start.start(), to: $start.end() }
  // The change ends in another block, or the sizes say a block boundary moved.
  if (end && (end.a < range.from || end.a > range.to)) return 'blocks'
  return range
}
