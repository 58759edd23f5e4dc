import { countWords, createPlanSchema } from '@coplan/schema'
import { getText, getTextSerializersFromSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { planWordCount } from './planWordCount'

const schema = createPlanSchema()

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Goals and scope' }] },
    paragraph('The pilot starts in two regions.'),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph('one-stop portal')] },
        { type: 'listItem', content: [paragraph('mobile app'), paragraph('and SMS')] },
      ],
    },
    paragraph('数字政府 전자정부 ends here'),
  ],
})

const wholeText = (node: typeof doc): number =>
  countWords(
    getText(node, {
      blockSeparator: '\n\n',
      textSerializers: getTextSerializersFromSchema(schema),
    }),
  )

describe('planWordCount', () => {
  it('counts what counting the whole text counts', () => {
    expect(planWordCount(doc)).toBe(wholeText(doc))
  })

  it('stays right after an edit in one block, and the edit at a block edge', () => {
    const state = EditorState.create({ schema, doc })
    planWordCount(state.doc)
    const typed = state.apply(state.tr.insertText(' More words', 17)).doc
    expect(planWordCount(typed)).toBe(wholeText(typed))
    const joined = state.apply(state.tr.delete(16, 19)).doc
    expect(planWordCount(joined)).toBe(wholeText(joined))
  })
})
