import { PLAN_BODY_FIELD, createPlanSchema, nodeSizeMapping, planBodyNode } from '@coplan/schema'
import { planUpdateFromJSON } from '@coplan/schema'
import { EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { EMPTY_CARET_POSITIONS, nextCaretPositions, resolveCaret } from './caretPositions'
import type { CaretPositionsState, ResolvedCarets } from './caretPositions'

const schema = createPlanSchema()

const planDoc = (text: string): Y.Doc => {
  const doc = new Y.Doc()
  const json = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
  Y.applyUpdate(doc, planUpdateFromJSON(json))
  return doc
}

const NOTHING_RESOLVED: ResolvedCarets = { state: null, value: EMPTY_CARET_POSITIONS }

describe('nextCaretPositions', () => {
  // "Hello world": the paragraph's text starts at 1; "w" is at 7.
  const state = EditorState.create({ schema, doc: planBodyNode(planDoc('Hello world'), schema) })
  const before: CaretPositionsState = {
    positions: new Map([
      [1, { anchor: 3, head: 3 }],
      [2, { anchor: 7, head: 9 }],
    ]),
    viewport: { from: 0, to: 7 },
    stale: false,
  }

  it('moves carets and the viewport with local typing before or at them, not after', () => {
    const next = nextCaretPositions(before, state.tr.insertText('big ', 7), state, NOTHING_RESOLVED)
    expect(next.positions.get(1)).toEqual({ anchor: 3, head: 3 })
    expect(next.positions.get(2)).toEqual({ anchor: 11, head: 13 })
    expect(next.viewport).toEqual({ from: 0, to: 11 })
    expect(next.stale).toBe(false)
  })

  it('keeps positions through transactions that change no text', () => {
    const tr = state.tr.setMeta('anything', true)
    expect(nextCaretPositions(before, tr, state, NOTHING_RESOLVED)).toBe(before)
  })

  it('marks them stale after a change from Yjs, which no mapping survives', () => {
    const tr = state.tr.insertText('x', 1).setMeta(ySyncPluginKey, { isChangeOrigin: true })
    const next = nextCaretPositions(before, tr, state, NOTHING_RESOLVED)
    expect(next.stale).toBe(true)
    expect(next.viewport).toBeNull()
    // Later local edits cannot make stale positions right again.
    const after = state.apply(tr)
    expect(nextCaretPositions(next, after.tr.insertText('y', 1), after, NOTHING_RESOLVED)).toBe(
      next,
    )
  })

  it('starts from what the layer resolved at exactly the state the transaction applies to', () => {
    const resolved: ResolvedCarets = {
      state,
      value: { positions: new Map([[5, { anchor: 2, head: 2 }]]), viewport: null, stale: false },
    }
    const stale = { ...EMPTY_CARET_POSITIONS, stale: true }
    const next = nextCaretPositions(stale, state.tr.insertText('ab', 1), state, resolved)
    expect(next).toEqual({
      positions: new Map([[5, { anchor: 4, head: 4 }]]),
      viewport: null,
      stale: false,
    })
    const other = state.apply(state.tr)
    expect(nextCaretPositions(stale, other.tr.insertText('ab', 1), other, resolved)).toBe(stale)
  })
})

describe('resolveCaret', () => {
  const setUp = () => {
    const doc = planDoc('Hello world')
    const type = doc.getXmlFragment(PLAN_BODY_FIELD)
    const binding = { doc, type, mapping: nodeSizeMapping(schema) }
    const at = (pos: number): unknown =>
      Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, type, binding.mapping))
    return { doc, type, binding, at }
  }

  it('finds a caret after text was typed before it elsewhere', () => {
    const { doc, type, binding, at } = setUp()
    const caret = { anchor: at(7), head: at(9) }
    expect(resolveCaret(binding, 13, caret)).toEqual({ anchor: 7, head: 9 })
    doc.transact(() => ((type.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Oh, '))
    expect(resolveCaret(binding, 17, caret)).toEqual({ anchor: 11, head: 13 })
  })

  it('keeps a caret inside the document and skips a malformed one', () => {
    const { binding, at } = setUp()
    expect(resolveCaret(binding, 5, { anchor: at(7), head: at(7) })).toEqual({
      anchor: 4,
      head: 4,
    })
    expect(resolveCaret(binding, 13, { anchor: 'nonsense', head: 42 })).toBeNull()
  })
})
