import type { CommentAnchor } from '@coplan/schema'
import { Extension } from '@tiptap/core'
import type { Editor } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { EditorView } from '@tiptap/pm/view'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { highlightSegments, threadAt } from './highlightSegments'
import type { Span } from './highlightSegments'
import { mapRange, mapThreadRanges, resolveDraftRange, resolveThreadRanges } from './threadRanges'
import type { AnchoredThread, TextRange, ThreadRanges } from './threadRanges'

/** The id the passage of a comment being written goes by in the highlights. */
export const DRAFT_ID = 'draft'

/** After local typing pauses this long, the passages are resolved from the anchors again. */
const RESOLVE_AFTER_TYPING_MS = 300

export interface HighlightedThread extends AnchoredThread {
  resolved: boolean
}

export interface CommentHighlightsState {
  threads: readonly HighlightedThread[]
  /** The threads the panel shows (its filter); only they are highlighted. */
  visible: ReadonlySet<string>
  ranges: ThreadRanges
  draft: { anchor: CommentAnchor; range: TextRange | null } | null
  activeId: string | null
  decorations: DecorationSet
  /** The document changed locally since the ranges were resolved from the anchors. */
  stale: boolean
}

type Action =
  | { type: 'threads'; threads: readonly HighlightedThread[]; visible: ReadonlySet<string> }
  | { type: 'active'; id: string | null }
  | { type: 'draft'; anchor: CommentAnchor | null }
  | { type: 'resolve' }
  /** A click in the text chose this thread (or none); the page decides what it does. */
  | { type: 'click'; id: string | null }

export const commentHighlightsKey = new PluginKey<CommentHighlightsState>('commentHighlights')

const decorate = (
  doc: EditorState['doc'],
  state: Omit<CommentHighlightsState, 'decorations'>,
): DecorationSet => {
  const spans: Span[] = []
  const resolved = new Set<string>()
  for (const thread of state.threads) {
    const range = state.ranges.get(thread.id)
    if (!range || !state.visible.has(thread.id)) continue
    spans.push({ id: thread.id, ...range })
    if (thread.resolved) resolved.add(thread.id)
  }
  if (state.draft?.range) spans.push({ id: DRAFT_ID, ...state.draft.range })
  const decorations = highlightSegments(spans).map(({ from, to, ids }) => {
    const classes = ['comment-highlight']
    if (ids.length > 1) classes.push('comment-highlight--overlap')
    if (ids.every((id) => resolved.has(id))) classes.push('comment-highlight--resolved')
    if (ids.includes(DRAFT_ID)) classes.push('comment-highlight--draft')
    if (state.activeId && ids.includes(state.activeId)) classes.push('comment-highlight--active')
    return Decoration.inline(from, to, {
      class: classes.join(' '),
      'data-thread-ids': ids.join(' '),
    })
  })
  return DecorationSet.create(doc, decorations)
}

/**
 * Whether a one-step transaction changes text at or inside a highlight. Elsewhere (most
 * keystrokes), mapping the decorations gives what building them from the mapped ranges would,
 * for a fraction of the work; at a highlight's edge or inside it they are built again, since a
 * character typed where two segments meet belongs to whichever passages the ranges say.
 */
const touchesHighlights = (decorations: DecorationSet, tr: Transaction): boolean => {
  const [map] = tr.mapping.maps
  if (tr.steps.length !== 1 || !map) return true
  let touches = false
  map.forEach((oldStart, oldEnd) => {
    if (decorations.find(oldStart, oldEnd).length > 0) touches = true
  })
  return touches
}

/** Whether y-prosemirror made this transaction from a Yjs change (remote edit, undo, load). */
const isFromYjs = (tr: Transaction): boolean =>
  Boolean((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin)

/** The plugin behind `CommentHighlights`, usable without an editor (tests). */
export const createCommentHighlightsPlugin = (doc: Y.Doc) =>
  new Plugin<CommentHighlightsState>({
    key: commentHighlightsKey,
    state: {
      init: (_config, state) => {
        const initial = {
          threads: [],
          visible: new Set<string>(),
          ranges: new Map(),
          draft: null,
          activeId: null,
          stale: false,
        }
        return { ...initial, decorations: decorate(state.doc, initial) }
      },
      apply: (tr, previous, _oldState, newState) => {
        const action = tr.getMeta(commentHighlightsKey) as Action | undefined
        if ((!action || action.type === 'click') && !tr.docChanged) return previous
        let { threads, visible, ranges, draft, activeId, stale } = previous
        // y-prosemirror turns a remote change into one replacement of the whole document,
        // which no mapping survives: the anchors say where the passages are now.
        let resolve = isFromYjs(tr) && tr.docChanged
        if (tr.docChanged && !resolve) {
          ranges = mapThreadRanges(ranges, tr.mapping)
          if (draft) draft = { ...draft, range: mapRange(draft.range, tr.mapping) }
          stale = true
        }
        if (action?.type === 'threads') {
          ;({ threads, visible } = action)
          resolve = true
        } else if (action?.type === 'active') {
          activeId = action.id
        } else if (action?.type === 'draft') {
          draft = action.anchor ? { anchor: action.anchor, range: null } : null
          resolve = true
        } else if (action?.type === 'resolve') {
          resolve = true
        }
        if (resolve) {
          ranges = resolveThreadRanges(doc, newState.schema, threads, newState.doc)
          if (draft) {
            draft = { ...draft, range: resolveDraftRange(doc, newState.schema, draft.anchor) }
          }
          stale = false
        }
        const next = { threads, visible, ranges, draft, activeId, stale }
        const mapped =
          !resolve &&
          (!action || action.type === 'click') &&
          !touchesHighlights(previous.decorations, tr)
        return {
          ...next,
          decorations: mapped
            ? previous.decorations.map(tr.mapping, tr.doc)
            : decorate(newState.doc, next),
        }
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const state = commentHighlightsKey.getState(view.state)
        if (!state) return false
        const spans: Span[] = []
        for (const thread of state.threads) {
          const range = state.ranges.get(thread.id)
          if (range && state.visible.has(thread.id)) spans.push({ id: thread.id, ...range })
        }
        const action: Action = { type: 'click', id: threadAt(spans, pos, state.activeId) }
        view.dispatch(view.state.tr.setMeta(commentHighlightsKey, action))
        // The click still places the caret: commenting never gets in the way of writing.
        return false
      },
    },
    view: () => {
      let timer: number | undefined
      return {
        update: (view: EditorView) => {
          window.clearTimeout(timer)
          if (!commentHighlightsKey.getState(view.state)?.stale) return
          // Local edits reach the Y.Doc after this transaction; resolving once typing pauses
          // re-attaches a thread whose quoted text was typed or pasted back.
          timer = window.setTimeout(() => {
            if (!view.isDestroyed) {
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { type: 'resolve' }))
            }
          }, RESOLVE_AFTER_TYPING_MS)
        },
        destroy: () => window.clearTimeout(timer),
      }
    },
  })

export interface CommentHighlightsOptions {
  /** The Y.Doc the editor is bound to: anchors are positions in it. */
  document: Y.Doc | null
}

/**
 * Highlights the passages of comment threads as decorations: comments never write to the plan.
 * Ranges follow local edits by mapping and are resolved from the anchors again on remote
 * changes, when the threads change, and when local typing pauses. A click in the text is
 * reported as a transaction carrying `{ type: 'click', id }` (see `clickedThreadOf`).
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',
  addOptions: () => ({ document: null }),
  addProseMirrorPlugins() {
    const { document } = this.options
    if (!document) throw new Error('CommentHighlights needs the Y.Doc of the editor')
    return [createCommentHighlightsPlugin(document)]
  },
})

const dispatchAction = (editor: Editor, action: Action): void => {
  if (editor.isDestroyed) return
  editor.view.dispatch(
    editor.state.tr.setMeta(commentHighlightsKey, action).setMeta('addToHistory', false),
  )
}

export const setHighlightedThreads = (
  editor: Editor,
  threads: readonly HighlightedThread[],
  visible: ReadonlySet<string>,
): void => dispatchAction(editor, { type: 'threads', threads, visible })

export const setActiveHighlight = (editor: Editor, id: string | null): void =>
  dispatchAction(editor, { type: 'active', id })

export const setDraftHighlight = (editor: Editor, anchor: CommentAnchor | null): void =>
  dispatchAction(editor, { type: 'draft', anchor })

export const commentHighlightsOf = (state: EditorState): CommentHighlightsState | undefined =>
  commentHighlightsKey.getState(state)

/** The thread a click in the text chose (null: outside every passage); undefined if no click. */
export const clickedThreadOf = (tr: Transaction): string | null | undefined => {
  const action = tr.getMeta(commentHighlightsKey) as Action | undefined
  return action?.type === 'click' ? action.id : undefined
}
