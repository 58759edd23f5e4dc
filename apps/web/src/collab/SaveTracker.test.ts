import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SaveTracker } from './SaveTracker'

const REMOTE = Symbol('server')

describe('SaveTracker', () => {
  it('counts local changes until the server acknowledges them', () => {
    const doc = new Y.Doc()
    const tracker = new SaveTracker(doc, (origin) => origin === REMOTE)
    doc.getText('t').insert(0, 'a')
    doc.getText('t').insert(1, 'b')
    expect(tracker.state.unsaved).toBe(2)
    tracker.acknowledge(new Map([[doc.clientID, 1]]))
    expect(tracker.state.unsaved).toBe(1)
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(tracker.state.unsaved).toBe(0)
  })

  it('does not count what the server sent, and counts what was restored from the device', () => {
    const doc = new Y.Doc()
    const other = new Y.Doc()
    const tracker = new SaveTracker(doc, (origin) => origin === REMOTE)
    other.getText('t').insert(0, 'from someone else')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), REMOTE)
    expect(tracker.state.unsaved).toBe(0)

    // Restored from the device: unsaved until the server confirms it.
    const offline = new Y.Doc()
    offline.getText('t').insert(0, 'written offline ')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(offline), 'indexeddb')
    expect(tracker.state.unsaved).toBe(1)
    // The acknowledgement after the next sync covers it.
    tracker.acknowledge(Y.decodeStateVector(Y.encodeStateVector(doc)))
    expect(tracker.state.unsaved).toBe(0)
  })

  it('tells subscribers when the count changes', () => {
    const doc = new Y.Doc()
    const tracker = new SaveTracker(doc, () => false)
    let calls = 0
    tracker.subscribe(() => calls++)
    doc.getText('t').insert(0, 'x')
    tracker.acknowledge(new Map([[doc.clientID, 1]]))
    expect(calls).toBe(2)
  })
})
