import type { EditorState, Transaction } from '@tiptap/pm/state'
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { PositionRange } from '../prose/PositionRange'

/** A collaborator's caret as positions in this editor's document. */
export interface CaretPosition {
  anchor: number
  head: number
}

export type CaretPositions = ReadonlyMap<number, CaretPosition>

/** What the remote carets plugin keeps in the editor state. */
export interface CaretPositionsState {
  positions: CaretPositions
  /**
   * The blocks on and near the screen at the last draw: a caret moving elsewhere needs no
   * frame. Null when unknown (nothing drawn yet).
   */
  viewport: PositionRange | null
  /**
   * A change from Yjs (remote edit, undo, load) replaced the whole document, which no mapping
   * survives (y-prosemirror turns every remote change into one replacement of everything): the
   * positions must be resolved from the carets' relative positions again.
   */
  stale: boolean
}

/**
 * What the caret layer resolved and measured outside any transaction, at `state`: a caret move
 * must never dispatch one (each walks the whole 1,000-block plan). The next transaction
 * applied to that same state starts from it.
 */
export interface ResolvedCarets {
  state: EditorState | null
  value: CaretPositionsState
}

export const EMPTY_CARET_POSITIONS: CaretPositionsState = {
  positions: new Map(),
  viewport: null,
  stale: false,
}

const isFromYjs = (tr: Transaction): boolean =>
  Boolean((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin)

/**
 * The plugin state after `tr`: local edits map the positions (a caret where text is inserted
 * stays after it, as a Yjs relative position does) and the viewport's range; a change from Yjs
 * marks them stale.
 */
export const nextCaretPositions = (
  previous: CaretPositionsState,
  tr: Transaction,
  oldState: EditorState,
  resolved: ResolvedCarets,
): CaretPositionsState => {
  const base = resolved.state === oldState ? resolved.value : previous
  if (!tr.docChanged) return base
  if (isFromYjs(tr)) return { ...base, viewport: null, stale: true }
  if (base.stale) return base
  const positions = new Map<number, CaretPosition>()
  for (const [clientId, { anchor, head }] of base.positions) {
    positions.set(clientId, { anchor: tr.mapping.map(anchor), head: tr.mapping.map(head) })
  }
  const { viewport } = base
  return {
    positions,
    viewport: viewport && {
      from: tr.mapping.map(viewport.from, -1),
      to: tr.mapping.map(viewport.to),
    },
    stale: false,
  }
}

/** The Yjs side of the editor: what y-prosemirror's sync plugin binds the document to. */
export interface YjsBinding {
  doc: Y.Doc
  type: Y.XmlFragment
  mapping: Parameters<typeof relativePositionToAbsolutePosition>[3]
}

/** The binding of `state`, or null while there is none or a snapshot (history) is shown. */
export const yjsBindingOf = (state: EditorState): YjsBinding | null => {
  const sync = ySyncPluginKey.getState(state) as
    | {
        doc?: Y.Doc
        type?: Y.XmlFragment
        binding?: { mapping: YjsBinding['mapping'] } | null
        snapshot?: unknown
        prevSnapshot?: unknown
      }
    | undefined
  if (!sync?.doc || !sync.type || !sync.binding || sync.snapshot || sync.prevSnapshot) return null
  if (sync.binding.mapping.size === 0) return null
  return { doc: sync.doc, type: sync.type, mapping: sync.binding.mapping }
}

const resolve = (binding: YjsBinding, json: unknown): number | null => {
  try {
    const relative = Y.createRelativePositionFromJSON(json)
    return relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping)
  } catch {
    // Another client's malformed state: that caret is not drawn; everyone else's still are.
    return null
  }
}

/**
 * Where a caret given as Yjs relative positions is in a document of `docSize`, or null when
 * either end points at nothing in it. Kept inside the document, as y-prosemirror does.
 */
export const resolveCaret = (
  binding: YjsBinding,
  docSize: number,
  caret: { anchor: unknown; head: unknown },
): CaretPosition | null => {
  const anchor = resolve(binding, caret.anchor)
  const head = resolve(binding, caret.head)
  if (anchor === null || head === null) return null
  const max = Math.max(docSize - 1, 0)
  return { anchor: Math.min(anchor, max), head: Math.min(head, max) }
}
