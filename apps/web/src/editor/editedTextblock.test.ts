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
    const after = state.apply(state.tr.insertText('x', 9)).doc
    // "Two words" starts at 6 and, one character longer, ends at 16.
    expect(editedTextblock(state.doc, after)).toEqual({ from: 6, to: 16 })
  })

  it('is the paragraph a character was deleted from, at its start too', () => {
    const after = state.apply(state.tr.delete(6, 7)).doc
    expect(editedTextblock(state.doc, after)).toEqual({ from: 6, to: 14 })
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
