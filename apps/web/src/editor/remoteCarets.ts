import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorState } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { Awareness } from 'y-protocols/awareness'
import { editedTextblock } from '../prose/editedTextblock'
import type { PositionRange } from '../prose/PositionRange'
import { CaretLayer } from './CaretLayer'
import {
  EMPTY_CARET_POSITIONS,
  nextCaretPositions,
  resolveCaret,
  yjsBindingOf,
} from './caretPositions'
import type { CaretPosition, CaretPositionsState, ResolvedCarets } from './caretPositions'
import { HeldWhileTyping } from './HeldWhileTyping'
import { measureCarets } from './measureCarets'
import { placeCarets } from './placeCarets'
import { CURSOR_FIELD, publishOwnCaret } from './publishOwnCaret'
import { remoteCaretOf, remoteCaretsOf } from './remoteCaretsOf'
import { viewportRange } from '../prose/topLevelBlocks'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

export const remoteCaretsKey = new PluginKey<CaretPositionsState>('remoteCarets')

/**
 * This editor's own caret goes into awareness at most this often, this long after it moved:
 * not in the keystroke's task, where it would delay the typed character's frame.
 */
export const OWN_CARET_PUBLISH_MS = 50

const overlaps = (range: PositionRange, { anchor, head }: CaretPosition): boolean =>
  Math.min(anchor, head) <= range.to && Math.max(anchor, head) >= range.from

/**
 * Collaborators' carets for a plan of a thousand blocks. y-prosemirror's cursor plugin (behind
 * TipTap's CollaborationCaret) draws carets as widget decorations: every caret move is a
 * transaction, and each makes ProseMirror walk every block and y-prosemirror compare every block
 * with the Y.Doc. Here carets are drawn in a layer beside the editor (`CaretLayer`) and a move
 * never touches the editor state: a caret that moves off screen costs resolving its position;
 * one on screen (or leaving it) one animation frame that measures the carets on screen with
 * `coordsAtPos` and moves their boxes, held while this person types until the frame after
 * their next keystroke (`HeldWhileTyping`). A local edit redraws only if it moved text under a
 * drawn caret (`editedTextblock`: the rest of the paragraph from the word typed in; elsewhere,
 * only a change of the editor's height moves carets, which its resize observer reports), and
 * one frame after the typed character is shown.
 *
 * Positions are resolved from the carets' Yjs relative positions when their awareness changes or
 * after a change from Yjs, and follow local edits by mapping, in plugin state, between the two.
 * Like y-prosemirror's plugin, this publishes the editor's own selection in the awareness field
 * `cursor` (see `publishOwnCaret`), here `OWN_CARET_PUBLISH_MS` after it moved.
 */
export const createRemoteCaretsPlugin = (awareness: Awareness) => {
  // What the layer resolved outside a transaction, and at which state (see `ResolvedCarets`).
  let resolved: ResolvedCarets = { state: null, value: EMPTY_CARET_POSITIONS }
  const valueAt = (state: EditorState): CaretPositionsState =>
    resolved.state === state
      ? resolved.value
      : (remoteCaretsKey.getState(state) ?? EMPTY_CARET_POSITIONS)

  const createView = (view: EditorView) => {
    const layer = new CaretLayer(view.dom)
    let frame = 0
    let resolveAll = true
    /** Carets with a bar or a piece of selection on the layer. */
    let drawn = new Set<number>()

    const draw = () => {
      frame = 0
      const { state } = view
      const binding = yjsBindingOf(state)
      if (!binding) {
        drawn = new Set()
        layer.render([])
        return
      }
      const current = valueAt(state)
      const all = resolveAll || current.stale
      resolveAll = false
      const positions = new Map<number, CaretPosition>()
      const placed = remoteCaretsOf(awareness.getStates(), awareness.clientID).flatMap((caret) => {
        const known = all ? undefined : current.positions.get(caret.clientId)
        const position = known ?? resolveCaret(binding, state.doc.content.size, caret)
        if (!position) return []
        positions.set(caret.clientId, position)
        return [{ ...caret, ...position }]
      })
      // All reads (the blocks on screen, the layer's corner, every caret) before any write.
      const viewport = viewportRange(view, window.innerHeight / 2)
      const spots = placeCarets(placed, measureCarets(view, viewport), layer.origin())
      resolved = { state, value: { positions, viewport, stale: false } }
      drawn = new Set(spots.map((spot) => spot.clientId))
      layer.render(spots)
      layer.setKnown(positions.size)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw)
    }
    /** After a local edit: measuring in the frame that shows the typed text would delay it. */
    const scheduleAfterNextFrame = () => {
      if (!frame) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(draw)))
    }

    // Carets moved by their owners wait for the next keystroke while this person types.
    const held = new HeldWhileTyping(schedule)

    let publishTimer: ReturnType<typeof setTimeout> | undefined
    let forcePublish = false
    const publishSoon = (force: boolean) => {
      forcePublish ||= force
      publishTimer ??= setTimeout(() => {
        publishTimer = undefined
        const forced = forcePublish
        forcePublish = false
        if (!view.isDestroyed) publishOwnCaret(view, awareness, forced)
      }, OWN_CARET_PUBLISH_MS)
    }

    const onAwarenessChange = ({ added, updated, removed }: AwarenessChanges) => {
      const own = awareness.clientID
      const changed = [...added, ...updated, ...removed].filter((clientId) => clientId !== own)
      if (changed.length === 0) return
      const { state } = view
      const binding = yjsBindingOf(state)
      const current = valueAt(state)
      if (!binding || current.stale || !current.viewport) {
        resolveAll = true
        schedule()
        return
      }
      const positions = new Map(current.positions)
      const states = awareness.getStates()
      let onScreen = false
      for (const clientId of changed) {
        const caret = remoteCaretOf(clientId, states.get(clientId))
        const position = caret && resolveCaret(binding, state.doc.content.size, caret)
        if (position) positions.set(clientId, position)
        else positions.delete(clientId)
        if (drawn.has(clientId) || (position && overlaps(current.viewport, position))) {
          onScreen = true
        }
      }
      resolved = { state, value: { ...current, positions } }
      layer.setKnown(positions.size)
      if (onScreen && held.request()) schedule()
    }
    const onFocusChange = () => publishOwnCaret(view, awareness)

    awareness.on('change', onAwarenessChange)
    view.dom.addEventListener('focusin', onFocusChange)
    view.dom.addEventListener('focusout', onFocusChange)
    // A reflow (a block's height changed, the window or the panel beside the plan resized).
    const resize = new ResizeObserver(schedule)
    resize.observe(view.dom)
    // Carets scroll with the layer; those coming near the screen are measured then.
    window.addEventListener('scroll', schedule, { passive: true })
    view.dom.addEventListener('scroll', schedule, true)
    // A block near the screen is rendered a frame later: its carets are measured then.
    view.dom.addEventListener('contentvisibilityautostatechange', schedule, true)
    schedule()

    return {
      update: (_view: EditorView, prevState: EditorState) => {
        const { state } = view
        const current = valueAt(state)
        const docChanged = state.doc !== prevState.doc
        publishSoon(current.stale && docChanged)
        if (current.stale) return schedule()
        if (!docChanged) return
        const release = held.typed()
        const edited = editedTextblock(prevState.doc, state.doc)
        const moved =
          edited !== null &&
          [...drawn].some((clientId) => {
            const position = current.positions.get(clientId)
            if (edited === 'blocks') return true
            const moving = { from: edited.movedFrom, to: edited.to }
            return position !== undefined && overlaps(moving, position)
          })
        if (moved || release) scheduleAfterNextFrame()
      },
      destroy: () => {
        cancelAnimationFrame(frame)
        held.destroy()
        clearTimeout(publishTimer)
        awareness.off('change', onAwarenessChange)
        view.dom.removeEventListener('focusin', onFocusChange)
        view.dom.removeEventListener('focusout', onFocusChange)
        window.removeEventListener('scroll', schedule)
        view.dom.removeEventListener('scroll', schedule, true)
        view.dom.removeEventListener('contentvisibilityautostatechange', schedule, true)
        resize.disconnect()
        layer.destroy()
        resolved = { state: null, value: EMPTY_CARET_POSITIONS }
        awareness.setLocalStateField(CURSOR_FIELD, null)
      },
    }
  }

  return new Plugin<CaretPositionsState>({
    key: remoteCaretsKey,
    state: {
      init: () => EMPTY_CARET_POSITIONS,
      apply: (tr, previous, oldState) => nextCaretPositions(previous, tr, oldState, resolved),
    },
    view: createView,
  })
}

export interface RemoteCaretsOptions {
  /** Everyone's awareness in this plan (see `caretsAwareness` for the rate it is heard at). */
  awareness: Awareness | null
}

/** Collaborators' carets and selections, and this editor's own in the awareness; see above. */
export const RemoteCarets = Extension.create<RemoteCaretsOptions>({
  name: 'remoteCarets',
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    const { awareness } = this.options
    if (!awareness) throw new Error('RemoteCarets needs the awareness of the plan')
    return [createRemoteCaretsPlugin(awareness)]
  },
})
