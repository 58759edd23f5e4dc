import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { editedTextblock } from '../prose/editedTextblock'
import type { CommentHighlightsState } from './commentHighlights'

/**
 * Whether `tr` (which made `doc`) may have moved the passages that comment cards sit beside,
 * or changed which cards there are: the cards are laid out again only then. Typing moves a
 * passage only when it starts in the paragraph typed in, at or after the word typed in (which
 * may wrap; see `editedTextblock`); passages further down move only when that paragraph's
 * height changes, which the editor's resize observer reports.
 */
export const passagesMayMove = (
  tr: Transaction,
  doc: ProseMirrorNode,
  before: CommentHighlightsState | undefined,
  after: CommentHighlightsState | undefined,
): boolean => {
  if (!before || !after) return before !== after
  if (
    before.threads !== after.threads ||
    before.visible !== after.visible ||
    before.activeId !== after.activeId ||
    before.draft?.anchor !== after.draft?.anchor
  ) {
    return true
  }
  // Resolved from the anchors again (typing paused, or a thread was re-attached).
  if (!tr.docChanged) return before.ranges !== after.ranges
  // A change from Yjs replaces the whole document: no telling what moved.
  if ((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin) {
    return true
  }
  const edited = editedTextblock(tr.before, doc)
  if (edited === null) return false
  if (edited === 'blocks') return true
  const starts = [...after.ranges.values()].map((range) => range?.from)
  if (after.draft?.range) starts.push(after.draft.range.from)
  return starts.some((from) => from !== undefined && from >= edited.movedFrom && from <= edited.to)
}
