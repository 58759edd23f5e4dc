import { createAnchor } from '@coplan/schema'
import {
  PLAN_BODY_FIELD,
  createPlanSchema,
  planBodyNode,
  planUpdateFromJSON,
  quoteOf,
} from '@coplan/schema'
import { EditorState } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commentHighlightsKey, createCommentHighlightsPlugin } from './commentHighlights'
import type { HighlightedThread } from './commentHighlights'

const schema = createPlanSchema()

const planDoc = (text: string): Y.Doc => {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    planUpdateFromJSON({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    }),
  )
  return doc
}

const paragraphText = (doc: Y.Doc): Y.XmlText =>
  (doc.getXmlFragment(PLAN_BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText

/** An editor state over `doc`, with a thread on the first occurrence of `words`. */
const setUp = (text: string, words: string) => {
  const doc = planDoc(text)
  const pmDoc = planBodyNode(doc, schema)
  // The paragraph's text starts at position 1.
  const from = 1 + text.indexOf(words)
  const thread: HighlightedThread = {
    id: 't1',
    anchor: createAnchor(doc, schema, from, from + words.length, pmDoc),
    quote: quoteOf(pmDoc, from, from + words.length),
    resolved: false,
  }
  let state = EditorState.create({
    schema,
    doc: pmDoc,
    plugins: [createCommentHighlightsPlugin(doc)],
  })
  const apply = (tr: Transaction) => {
    state = state.apply(tr)
  }
  apply(
    state.tr.setMeta(commentHighlightsKey, {
      type: 'threads',
      threads: [thread],
      visible: new Set(['t1']),
    }),
  )
  /** What y-prosemirror does on a remote change: replace the whole document. */
  const remoteChange = (change: () => void) => {
    change()
    const next = planBodyNode(doc, schema)
    apply(
      state.tr
        .replaceWith(0, state.doc.content.size, next.content)
        .setMeta(ySyncPluginKey, { isChangeOrigin: true }),
    )
  }
  const highlighted = (): string => {
    const range = commentHighlightsKey.getState(state)?.ranges.get('t1')
    return range ? state.doc.textBetween(range.from, range.to) : 'detached'
  }
  /** The text under the highlight decorations, as the editor shows it. */
  const decorated = (): string =>
    (commentHighlightsKey.getState(state)?.decorations.find() ?? [])
      .map((decoration) => state.doc.textBetween(decoration.from, decoration.to))
      .join('')
  return { doc, apply, remoteChange, highlighted, decorated, state: () => state }
}

describe('comment highlights', () => {
  it('highlight the passage of a thread, as decorations', () => {
    const { highlighted, state } = setUp('Korea launched Government24 in 2017.', 'Government24')
    expect(highlighted()).toBe('Government24')
    const decorations = commentHighlightsKey.getState(state())?.decorations.find() ?? []
    expect(decorations).toHaveLength(1)
  })

  it('follow local typing before, at and inside the passage', () => {
    const { apply, highlighted, decorated, state } = setUp(
      'Korea launched Government24.',
      'Government24',
    )
    apply(state().tr.insertText('In 2017, ', 1))
    expect([highlighted(), decorated()]).toEqual(['Government24', 'Government24'])
    apply(state().tr.insertText('the ', 1 + 'In 2017, Korea launched '.length))
    expect([highlighted(), decorated()]).toEqual(['Government24', 'Government24'])
    apply(state().tr.insertText(' portal', 1 + 'In 2017, Korea launched the Government'.length))
    expect([highlighted(), decorated()]).toEqual(['Government portal24', 'Government portal24'])
    apply(state().tr.insertText('!', state().doc.content.size - 1))
    expect([highlighted(), decorated()]).toEqual(['Government portal24', 'Government portal24'])
  })

  it('follow remote edits through the anchors', () => {
    const { doc, remoteChange, highlighted } = setUp('Korea launched Government24.', 'launched')
    remoteChange(() => paragraphText(doc).insert(0, 'South '))
    expect(highlighted()).toBe('launched')
  })

  it('detach when the passage is deleted and re-attach when its text returns', () => {
    const { doc, remoteChange, highlighted } = setUp('Korea launched Government24.', 'launched')
    remoteChange(() => paragraphText(doc).delete('Korea '.length, 'launched'.length))
    expect(highlighted()).toBe('detached')
    remoteChange(() => paragraphText(doc).insert('Korea '.length, 'launched'))
    expect(highlighted()).toBe('launched')
  })
})
