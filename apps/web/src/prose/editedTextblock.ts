import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { PositionRange } from './PositionRange'

/** Text written right to left: its characters may move along their line as others are typed. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u
/** Where a line may break: whitespace other than no-break spaces (a hard break counts too). */
const BREAK_OPPORTUNITY = /[^\S\u00a0\u202f]/gu

export interface EditedTextblock extends PositionRange {
  /**
   * Text before this position kept its place on the screen: an edit moves only the text after
   * it, and the word it is in, which may wrap to another line (lines break greedily, at spaces).
   * The textblock's start when it holds right-to-left text.
   */
  movedFrom: number
}

/**
 * Where in `after` an edit from `before` may have changed the layout: the textblock it changed
 * (typing, deleting in a paragraph), `'blocks'` when it changed more than text in a textblock
 * (blocks added, removed, split, retyped), or null when the documents are equal. Text in other
 * blocks moves only if that textblock's height changed, which a resize observer on the editor
 * reports.
 */
export const editedTextblock = (
  before: ProseMirrorNode,
  after: ProseMirrorNode,
): EditedTextblock | 'blocks' | null => {
  const start = before.content.findDiffStart(after.content)
  if (start === null) return null
  const end = after.content.findDiffEnd(before.content)
  const $start = after.resolve(Math.min(start, after.content.size))
  const { parent } = $start
  if (!parent.isTextblock) return 'blocks'
  const from = $start.start()
  const to = $start.end()
  // The change ends in another block: a block boundary moved.
  if (end && (end.a < from || end.a > to)) return 'blocks'
  if (RIGHT_TO_LEFT.test(parent.textContent)) return { from, to, movedFrom: from }
  // One character per position: inline leaves (hard breaks) as a line break.
  const textBefore = after.textBetween(from, $start.pos, '', '\n')
  let wordStart = 0
  for (const match of textBefore.matchAll(BREAK_OPPORTUNITY)) wordStart = match.index + 1
  return { from, to, movedFrom: from + wordStart }
}
