import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CARET_REDRAW_MS, OWN_CARET_REDRAW_MS, caretsAwareness } from './caretsAwareness'

/** Someone else's caret moving to `at`, as the server relays it. */
const moveOther = (awareness: awarenessProtocol.Awareness, clientId: number, at: number) => {
  const other = new awarenessProtocol.Awareness(new Y.Doc())
  const clock = (awareness.meta.get(clientId)?.clock ?? 0) + 1
  other.states.set(clientId, { cursor: { anchor: at, head: at } })
  other.meta.set(clientId, { clock, lastUpdated: Date.now() })
  awarenessProtocol.applyAwarenessUpdate(
    awareness,
    awarenessProtocol.encodeAwarenessUpdate(other, [clientId]),
    'server',
  )
  other.destroy()
}

describe('caretsAwareness', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'],
    })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const setUp = () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc())
    const carets = caretsAwareness(awareness)
    const listener = vi.fn()
    carets.on('change', listener)
    return { awareness, carets, listener }
  }

  it('passes on changes of this tab’s own state only a while later', () => {
    const { awareness, listener } = setUp()
    awareness.setLocalStateField('cursor', { anchor: 3, head: 3 })
    vi.advanceTimersByTime(OWN_CARET_REDRAW_MS - 1)
    awareness.setLocalStateField('cursor', { anchor: 4, head: 4 })
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(listener).toHaveBeenCalledTimes(1)
    awareness.destroy()
  })

  it('passes on a lone change at once, and a burst at most once per interval', () => {
    const { awareness, listener } = setUp()
    moveOther(awareness, 1001, 1)
    vi.advanceTimersByTime(0)
    expect(listener).toHaveBeenCalledTimes(1)
    for (let i = 0; i < 10; i++) {
      moveOther(awareness, 1002 + (i % 3), i)
      vi.advanceTimersByTime(CARET_REDRAW_MS / 5)
    }
    // 10 changes over two intervals.
    expect(listener).toHaveBeenCalledTimes(3)
    vi.advanceTimersByTime(10 * CARET_REDRAW_MS)
    expect(listener).toHaveBeenCalledTimes(3)
    expect(listener.mock.lastCall?.[0].updated).toEqual(expect.arrayContaining([1002, 1003]))
    awareness.destroy()
  })

  it('delegates everything else to the awareness itself', () => {
    const { awareness, carets, listener } = setUp()
    carets.setLocalStateField('user', { name: 'Ama' })
    expect(awareness.getLocalState()).toEqual({ user: { name: 'Ama' } })
    expect(carets.getStates()).toBe(awareness.getStates())
    expect(carets.clientID).toBe(awareness.clientID)
    carets.off('change', listener)
    moveOther(awareness, 1001, 1)
    vi.advanceTimersByTime(10 * CARET_REDRAW_MS)
    expect(listener).not.toHaveBeenCalled()
    awareness.destroy()
  })
})
