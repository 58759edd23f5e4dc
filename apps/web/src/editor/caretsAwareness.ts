import type { Awareness } from 'y-protocols/awareness'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

type ChangeListener = (changes: AwarenessChanges, origin: unknown) => void

/** Remote carets are redrawn at most this often (20 times a second). */
export const CARET_REDRAW_MS = 50

/** How long after a change of this tab's own state the carets are redrawn. */
export const OWN_CARET_REDRAW_MS = 250

const merge = (a: AwarenessChanges | null, b: AwarenessChanges): AwarenessChanges => {
  if (!a) return b
  const union = (x: number[], y: number[]) => [...new Set([...x, ...y])]
  return {
    added: union(a.added, b.added),
    updated: union(a.updated, b.updated),
    removed: union(a.removed, b.removed),
  }
}

/**
 * `awareness` as the carets layer (`RemoteCarets`) should hear it. With twenty people in a
 * plan, carets move fifty times a second or more, and each redraw of the layer measures and
 * paints in the next frame, which may be the frame of a keystroke. Here `change` listeners
 * hear of other people's changes at most once per `everyMs` (a change after a quiet spell at
 * once), and of this tab's own, which change with every keystroke and draw nothing, only
 * `ownAfterMs` later. Everything else (states, setting our own, other events) is `awareness`
 * itself, which this delegates to.
 */
export const caretsAwareness = (
  awareness: Awareness,
  { everyMs = CARET_REDRAW_MS, ownAfterMs = OWN_CARET_REDRAW_MS } = {},
): Awareness => {
  const listeners = new Set<ChangeListener>()
  let pending: AwarenessChanges | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let dueAt = Infinity
  let lastAt = -Infinity
  const flush = () => {
    timer = undefined
    dueAt = Infinity
    lastAt = performance.now()
    const changes = pending
    pending = null
    if (changes) for (const listener of listeners) listener(changes, 'carets')
  }
  const onChange: ChangeListener = (changes) => {
    pending = merge(pending, changes)
    const own = awareness.clientID
    const { added, updated, removed } = changes
    const others = [added, updated, removed].some((ids) => ids.some((id) => id !== own))
    const now = performance.now()
    const wait = others ? Math.max(0, lastAt + everyMs - now) : ownAfterMs
    if (now + wait >= dueAt) return
    clearTimeout(timer)
    dueAt = now + wait
    timer = setTimeout(flush, wait)
  }
  const view = Object.create(awareness) as Awareness
  view.on = ((name: string, listener: ChangeListener) => {
    if (name !== 'change') return awareness.on(name, listener)
    if (listeners.size === 0) awareness.on('change', onChange)
    listeners.add(listener)
  }) as Awareness['on']
  view.off = ((name: string, listener: ChangeListener) => {
    if (name !== 'change') return awareness.off(name, listener)
    listeners.delete(listener)
    if (listeners.size > 0) return
    awareness.off('change', onChange)
    clearTimeout(timer)
    timer = undefined
    dueAt = Infinity
    pending = null
  }) as Awareness['off']
  return view
}
