import type { EditorView } from '@tiptap/pm/view'
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { yjsBindingOf } from './caretPositions'

/** The awareness field carets go by, as y-prosemirror names it (the server and bench read it). */
export const CURSOR_FIELD = 'cursor'

const sameRelative = (json: unknown, position: Y.RelativePosition): boolean => {
  try {
    return Y.compareRelativePositions(Y.createRelativePositionFromJSON(json), position)
  } catch {
    return false
  }
}

/**
 * Writes this editor's selection into `awareness` as Yjs relative positions, as y-prosemirror's
 * cursor plugin does, when it moved (or always, with `force`: after a change from Yjs the same
 * relative positions may mean another place); clears it when the editor has no focus.
 */
export const publishOwnCaret = (view: EditorView, awareness: Awareness, force = false): void => {
  const binding = yjsBindingOf(view.state)
  if (!binding) return
  const current = (awareness.getLocalState()?.[CURSOR_FIELD] ?? null) as {
    anchor: unknown
    head: unknown
  } | null
  if (!view.hasFocus()) {
    if (current !== null) awareness.setLocalStateField(CURSOR_FIELD, null)
    return
  }
  const { anchor, head } = view.state.selection
  const relativeAnchor = absolutePositionToRelativePosition(anchor, binding.type, binding.mapping)
  const relativeHead = absolutePositionToRelativePosition(head, binding.type, binding.mapping)
  if (
    force ||
    current === null ||
    !sameRelative(current.anchor, relativeAnchor) ||
    !sameRelative(current.head, relativeHead)
  ) {
    awareness.setLocalStateField(CURSOR_FIELD, { anchor: relativeAnchor, head: relativeHead })
  }
}
