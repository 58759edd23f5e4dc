import { createPlanSchema } from '@coplan/schema'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { CaretAfterTyping } from './caretAfterTyping'

const schema = createPlanSchema()

/** The plugin's handler, and a view of just what it uses: the state, dispatch, composing. */
const setUp = (composing = false) => {
  const plugins = CaretAfterTyping.config.addProseMirrorPlugins?.call({} as never) ?? []
  const handle = plugins[0]?.props.handleTextInput
  if (!handle) throw new Error('No handleTextInput')
  const doc = schema.node('doc', null, [
    schema.node('paragraph', null, [schema.text('Written before the reload.')]),
    schema.node('paragraph'),
  ])
  // The caret in the empty paragraph, as Enter leaves it.
  const empty = doc.child(0).nodeSize + 1
  const view = {
    composing,
    state: EditorState.create({ doc, selection: TextSelection.create(doc, empty) }),
    dispatch(tr: ReturnType<EditorState['tr']['insertText']>) {
      view.state = view.state.apply(tr)
    },
  }
  const type = (from: number, to: number, text: string) =>
    handle.call(plugins[0] as never, view as unknown as EditorView, from, to, text, () => {
      throw new Error('not used')
    })
  return { view, empty, type }
}

describe('typing at the caret', () => {
  it('inserts at the caret and leaves the caret after the text, whatever the page reports', () => {
    const { view, empty, type } = setUp()
    expect(type(empty, empty, 'W')).toBe(true)
    expect(type(empty + 1, empty + 1, 'r')).toBe(true)
    expect(view.state.doc.child(1).textContent).toBe('Wr')
    expect(view.state.selection.from).toBe(empty + 2)
  })

  it('leaves composition, replacements and input elsewhere to ProseMirror', () => {
    const composing = setUp(true)
    expect(composing.type(composing.empty, composing.empty, '한')).toBe(false)
    const { empty, type } = setUp()
    expect(type(empty - 3, empty - 2, 'x')).toBe(false)
    expect(type(1, 1, 'x')).toBe(false)
  })
})
