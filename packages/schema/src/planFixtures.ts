import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { PLAN_BODY_FIELD } from './planFields'

const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })

/**
 * A plan with every element, mark and attribute the schema has, each as the editor makes it:
 * for tests that a conversion keeps a plan within the limits exactly as it is.
 */
export const createRichPlanFixture = (): JSONContent => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Plan')] },
    { type: 'heading', attrs: { level: 6 }, content: [text('Small print')] },
    paragraph(
      text('Plain, '),
      text('bold', [{ type: 'bold' }]),
      text(' italic', [{ type: 'italic' }]),
      text(' struck', [{ type: 'strike' }]),
      text(' underlined', [{ type: 'underline' }]),
      text(' code', [{ type: 'code' }]),
      text(' a link', [
        { type: 'link', attrs: { href: 'https://www.gov.kr', title: 'Gov', class: 'x' } },
        { type: 'bold' },
      ]),
      { type: 'hardBreak' },
      text('mail', [{ type: 'link', attrs: { href: 'mailto:ama@ghana.example' } }]),
    ),
    paragraph(),
    { type: 'blockquote', content: [paragraph(text('Quoted'))] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph(text('A point')),
            {
              type: 'orderedList',
              attrs: { start: 4, type: 'i' },
              content: [{ type: 'listItem', content: [paragraph(text('nested'))] }],
            },
          ],
        },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('npm start')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 2, rowspan: 1, colwidth: [100, 0], align: 'center' },
              content: [paragraph(text('Both'))],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { rowspan: 2 }, content: [paragraph(text('a'))] },
            { type: 'tableCell', content: [paragraph()] },
          ],
        },
      ],
    },
  ],
})

/**
 * A plan whose body holds `depth` blockquotes, one in the other, around a paragraph saying
 * "deep", and after them a paragraph saying "after"; built in one transaction, as one update
 * would bring it.
 */
export const nestedQuotes = (depth: number): Y.Doc => {
  const doc = new Y.Doc()
  const body = doc.getXmlFragment(PLAN_BODY_FIELD)
  doc.transact(() => {
    const after = new Y.XmlElement('paragraph')
    body.insert(0, [after])
    after.insert(0, [new Y.XmlText('after')])
    let parent: Y.XmlElement | Y.XmlFragment = body
    for (let i = 0; i < depth; i++) {
      const quote: Y.XmlElement = new Y.XmlElement('blockquote')
      parent.insert(0, [quote])
      parent = quote
    }
    const deep = new Y.XmlElement('paragraph')
    parent.insert(0, [deep])
    deep.insert(0, [new Y.XmlText('deep')])
  })
  return doc
}
