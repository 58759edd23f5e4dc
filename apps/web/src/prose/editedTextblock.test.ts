import { createPlanSchema } from '@coplan/schema'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { editedTextblock } from './editedTextblock'

const schema = createPlanSchema()

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

describe('editedTextblock', () => {
  it('is the content of the paragraph typed in', () => {
    const after = state.apply(state.tr.insertText('x', 11)).doc
    // "Two words" starts at 6 and, one character longer, ends at 16; "wxords" starts at 10.
    expect(editedTextblock(state.doc, after)).toEqual({ from: 6, to: 16, movedFrom: 10 })
  })

  it('is the paragraph a character was deleted from, at its start too', () => {
    const after = state.apply(state.tr.delete(6, 7)).doc
    expect(editedTextblock(state.doc, after)).toEqual({ from: 6, to: 14, movedFrom: 6 })
  })

  it('moves the whole word typed in: it may wrap, the text before it not', () => {
    const end = state.apply(state.tr.insertText('s', 15)).doc
    expect(editedTextblock(state.doc, end)).toMatchObject({ movedFrom: 10 })
    const first = state.apply(state.tr.insertText('x', 7)).doc
    expect(editedTextblock(state.doc, first)).toMatchObject({ movedFrom: 6 })
    const afterSpace = state.apply(state.tr.insertText('new ', 10)).doc
    expect(editedTextblock(state.doc, afterSpace)).toMatchObject({ movedFrom: 10 })
  })

  it('moves the whole of a block with right-to-left text', () => {
    const rtl = state.apply(state.tr.insertText('שלום ', 6)).doc
    const after = state.apply(state.tr.insertText('שלום ', 6).insertText('x', 15)).doc
    expect(editedTextblock(rtl, after)).toEqual({ from: 6, to: 21, movedFrom: 6 })
  })

  it('says blocks changed when a paragraph is split or removed', () => {
    const split = state.apply(state.tr.split(9)).doc
    expect(editedTextblock(state.doc, split)).toBe('blocks')
    const removed = state.apply(state.tr.delete(5, 16)).doc
    expect(editedTextblock(state.doc, removed)).toBe('blocks')
  })

  it('is null when nothing changed', () => {
    expect(editedTextblock(state.doc, state.apply(state.tr).doc)).toBeNull()
  })
})
