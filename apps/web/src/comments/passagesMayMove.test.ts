import { createPlanSchema } from '@coplan/schema'
import { EditorState } from '@tiptap/pm/state'
import { DecorationSet } from '@tiptap/pm/view'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import type { CommentHighlightsState } from './commentHighlights'
import { passagesMayMove } from './passagesMayMove'

const schema = createPlanSchema()

// Paragraphs "One" (0–5), "Two words" (5–16), "Three" (16–23).
const state = EditorState.create({
  schema,
  doc: schema.nodeFromJSON({
    type: 'doc',
    content: ['One', 'Two words', 'Three'].map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })),
  }),
})

const highlights = (ranges: [string, { from: number; to: number } | null][]) => {
  const value: CommentHighlightsState = {
    threads: [],
    visible: new Set(),
    ranges: new Map(ranges),
    draft: null,
    activeId: null,
    decorations: DecorationSet.empty,
    stale: false,
  }
  return value
}

describe('passagesMayMove', () => {
  const before = highlights([['t1', { from: 18, to: 21 }]])

  it('is false for typing in a paragraph without a passage', () => {
    const tr = state.tr.insertText('x', 9)
    const after = { ...before, ranges: new Map([['t1', { from: 19, to: 22 }]]) }
    expect(passagesMayMove(tr, tr.doc, before, after)).toBe(false)
  })

  it('is false for typing after a passage in its paragraph, past the passage’s word', () => {
    const earlier = highlights([['t1', { from: 6, to: 9 }]])
    const tr = state.tr.insertText('x', 15)
    expect(passagesMayMove(tr, tr.doc, earlier, { ...earlier })).toBe(false)
  })

  it('is true for typing in the paragraph of a passage, before it or in its word', () => {
    for (const pos of [17, 22]) {
      const tr = state.tr.insertText('x', pos)
      const moved = new Map([['t1', { from: pos === 17 ? 19 : 18, to: pos === 17 ? 22 : 21 }]])
      expect(passagesMayMove(tr, tr.doc, before, { ...before, ranges: moved })).toBe(true)
    }
  })

  it('is true when blocks change, the text comes from Yjs, or ranges are resolved again', () => {
    const split = state.tr.split(9)
    expect(passagesMayMove(split, split.doc, before, before)).toBe(true)
    const remote = state.tr.insertText('x', 2).setMeta(ySyncPluginKey, { isChangeOrigin: true })
    expect(passagesMayMove(remote, remote.doc, before, before)).toBe(true)
    const resolve = state.tr.setMeta('resolve', true)
    expect(passagesMayMove(resolve, resolve.doc, before, { ...before })).toBe(false)
    const resolved = { ...before, ranges: new Map(before.ranges) }
    expect(passagesMayMove(resolve, resolve.doc, before, resolved)).toBe(true)
  })

  it('is true when the cards change: threads, filter, active thread, draft', () => {
    const tr = state.tr
    expect(passagesMayMove(tr, tr.doc, before, { ...before, threads: [] })).toBe(true)
    expect(passagesMayMove(tr, tr.doc, before, { ...before, activeId: 't1' })).toBe(true)
    expect(passagesMayMove(tr, tr.doc, before, { ...before, visible: new Set() })).toBe(true)
  })
})
