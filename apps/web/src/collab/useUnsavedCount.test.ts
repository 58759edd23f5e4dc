import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { SaveTracker } from './SaveTracker'
import { SAVED_AFTER_MS, settledAny } from './useUnsavedCount'

describe('settledAny', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const setUp = () => {
    const doc = new Y.Doc()
    const saves = new SaveTracker(doc, () => false)
    const store = settledAny(saves)
    const notify = vi.fn()
    const unsubscribe = store.subscribe(notify)
    let length = 0
    const type = () => doc.getText('t').insert(length++, 'a')
    const confirm = () => saves.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    return { store, notify, unsubscribe, type, confirm }
  }

  it('stays at 1 while keystrokes are made and confirmed one by one', () => {
    const { store, notify, type, confirm } = setUp()
    for (let i = 0; i < 10; i++) {
      type()
      expect(store.read()).toBe(1)
      confirm()
      vi.advanceTimersByTime(120)
    }
    expect(store.read()).toBe(1)
    // Once: from 0 to 1 at the first keystroke.
    expect(notify).toHaveBeenCalledTimes(1)
  })

  it('reports none once nothing has been unsaved for a while', () => {
    const { store, notify, type, confirm } = setUp()
    type()
    confirm()
    vi.advanceTimersByTime(SAVED_AFTER_MS - 1)
    expect(store.read()).toBe(1)
    vi.advanceTimersByTime(1)
    expect(store.read()).toBe(0)
    expect(notify).toHaveBeenCalledTimes(2)
  })

  it('keeps reporting changes the server has not confirmed', () => {
    const { store, type } = setUp()
    type()
    vi.advanceTimersByTime(10 * SAVED_AFTER_MS)
    expect(store.read()).toBe(1)
  })

  it('stops its timer when unsubscribed', () => {
    const { notify, unsubscribe, type, confirm } = setUp()
    type()
    confirm()
    unsubscribe()
    vi.advanceTimersByTime(SAVED_AFTER_MS)
    expect(notify).toHaveBeenCalledTimes(1)
  })
})
