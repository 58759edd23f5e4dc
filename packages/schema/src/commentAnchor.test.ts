import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CommentAnchor, TextQuote } from './commentAnchor'
import { anchorRange, createAnchor, planBodyNode, quoteOf, resolveAnchor } from './commentAnchor'
import { PLAN_BODY_FIELD } from './planFields'
import { createRichPlanFixture, nestedQuotes } from './planFixtures'
import { createPlanSchema } from './planSchema'
import { planUpdateFromJSON } from './planDocument'

const schema = createPlanSchema()

const planDoc = (...paragraphs: string[]): Y.Doc => {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    planUpdateFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Plan' }] },
        ...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      ],
    }),
  )
  return doc
}

/** The Y.XmlText of the `index`-th paragraph (after the title). */
const paragraphText = (doc: Y.Doc, index: number): Y.XmlText =>
  (doc.getXmlFragment(PLAN_BODY_FIELD).get(index + 1) as Y.XmlElement).get(0) as Y.XmlText

/** Anchors the first occurrence of `words` in the document, as a person selecting it would. */
const anchorWords = (doc: Y.Doc, words: string): { anchor: CommentAnchor; quote: TextQuote } => {
  const pmDoc = planBodyNode(doc, schema)
  let from = -1
  pmDoc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(words) : -1
    if (from < 0 && index >= 0) from = pos + index
  })
  if (from < 0) throw new Error(`"${words}" is not in the document`)
  return {
    anchor: createAnchor(doc, schema, from, from + words.length),
    quote: quoteOf(pmDoc, from, from + words.length),
  }
}

/** The text a thread's highlight covers now, or 'detached'. */
const highlighted = (doc: Y.Doc, anchor: CommentAnchor, quote: TextQuote): string => {
  const resolution = resolveAnchor(doc, schema, anchor, quote)
  if (resolution.state === 'detached') return 'detached'
  return planBodyNode(doc, schema).textBetween(resolution.from, resolution.to, '\n')
}

describe('comment anchors', () => {
  it('quote the passage with context', () => {
    const doc = planDoc('Korea launched Government24 in 2017.')
    const { quote } = anchorWords(doc, 'Government24')
    expect(quote).toEqual({
      exact: 'Government24',
      prefix: 'Plan\nKorea launched ',
      suffix: ' in 2017.',
    })
  })

  it('keep the highlight on the same words when text is inserted or deleted before, inside and after', () => {
    const doc = planDoc('The ministry will pilot a mobile petition service.')
    const { anchor, quote } = anchorWords(doc, 'pilot a mobile')
    const text = paragraphText(doc, 0)
    text.insert(0, 'Next year, ') // before
    expect(highlighted(doc, anchor, quote)).toBe('pilot a mobile')
    text.insert(text.toString().indexOf('service'), 'citizen ') // after
    expect(highlighted(doc, anchor, quote)).toBe('pilot a mobile')
    text.insert(text.toString().indexOf('mobile'), 'fully ') // inside
    expect(highlighted(doc, anchor, quote)).toBe('pilot a fully mobile')
    text.delete(text.toString().indexOf('The '), 4) // before
    text.delete(text.toString().indexOf('a '), 2) // inside
    expect(highlighted(doc, anchor, quote)).toBe('pilot fully mobile')
    expect(resolveAnchor(doc, schema, anchor, quote).state).toBe('attached')
  })

  it('keep text typed right before or after the passage outside it', () => {
    const doc = planDoc('Ghana will pilot a permit portal.')
    const { anchor, quote } = anchorWords(doc, 'permit portal')
    const text = paragraphText(doc, 0)
    text.insert('Ghana will pilot a '.length, 'national ')
    text.insert('Ghana will pilot a national permit portal'.length, ' soon')
    expect(highlighted(doc, anchor, quote)).toBe('permit portal')
  })

  it('follow a passage through concurrent edits from another client', () => {
    const alice = planDoc('Budget: 40,000 USD for training.')
    const bob = new Y.Doc()
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice))
    const { anchor, quote } = anchorWords(alice, '40,000 USD')
    paragraphText(bob, 0).insert(0, 'Revised. ')
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob))
    expect(highlighted(alice, anchor, quote)).toBe('40,000 USD')
  })

  it('detach when the passage is deleted, and re-attach when its text returns', () => {
    const doc = planDoc('First we digitise records. Then we open the portal.')
    const { anchor, quote } = anchorWords(doc, 'digitise records')
    const text = paragraphText(doc, 0)
    const undo = new Y.UndoManager(doc.getXmlFragment(PLAN_BODY_FIELD))
    text.delete(text.toString().indexOf('digitise records'), 'digitise records'.length)
    expect(resolveAnchor(doc, schema, anchor, quote).state).toBe('detached')
    undo.undo()
    expect(highlighted(doc, anchor, quote)).toBe('digitise records')
  })

  it('re-attach a deleted passage when someone types it again, preferring the matching context', () => {
    const doc = planDoc('Train staff. Open offices.', 'Train staff. Buy laptops.')
    const { anchor, quote } = anchorWords(doc, 'Train staff. Open')
    const first = paragraphText(doc, 0)
    first.delete(0, first.length)
    expect(resolveAnchor(doc, schema, anchor, quote).state).toBe('detached')
    first.insert(0, 'Train staff. Open offices.')
    const resolution = resolveAnchor(doc, schema, anchor, quote)
    expect(resolution.state).toBe('reattached')
    expect(highlighted(doc, anchor, quote)).toBe('Train staff. Open')
  })

  it('detach when the whole paragraph is removed', () => {
    const doc = planDoc('Keep this.', 'Remove this paragraph.')
    const { anchor, quote } = anchorWords(doc, 'Remove this')
    doc.getXmlFragment(PLAN_BODY_FIELD).delete(2, 1)
    expect(resolveAnchor(doc, schema, anchor, quote).state).toBe('detached')
  })

  it('read a plan within the limits as the editor binding does', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, planUpdateFromJSON(createRichPlanFixture()))
    const bound = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(PLAN_BODY_FIELD), schema)
    expect(planBodyNode(doc, schema).eq(bound)).toBe(true)
    const { anchor, quote } = anchorWords(doc, 'nested')
    expect(highlighted(doc, anchor, quote)).toBe('nested')
  })

  it('anchor text after 3,000 nested blockquotes, counting positions without what is beyond the depth limit', () => {
    const doc = nestedQuotes(3000)
    expect(planBodyNode(doc, schema).textContent).toBe('after')
    const { anchor, quote } = anchorWords(doc, 'after')
    expect(highlighted(doc, anchor, quote)).toBe('after')
    expect(anchorRange(doc, schema, anchor)).not.toBeNull()
  })
})
