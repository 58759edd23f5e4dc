import { PLAN_BODY_FIELD, PLAN_LIMITS } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ContentRefusedError } from './ContentRefusedError'
import { assertUpdateDepth } from './updateDepth'

/** A writer's copy of `doc`: `write` makes a change and returns the update it sends. */
const writerOf = (doc: Y.Doc) => {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const body = copy.getXmlFragment(PLAN_BODY_FIELD)
  return {
    body,
    write: (change: (body: Y.XmlFragment) => void): Uint8Array => {
      const before = Y.encodeStateVector(copy)
      copy.transact(() => change(body))
      return Y.encodeStateAsUpdate(copy, before)
    },
  }
}

/** Puts `depth` blockquotes, one in the other, at the start of `parent`; returns the last. */
const quotesIn = (parent: Y.XmlFragment, depth: number): Y.XmlFragment => {
  for (let i = 0; i < depth; i++) {
    const quote = new Y.XmlElement('blockquote')
    parent.insert(0, [quote])
    parent = quote
  }
  return parent
}

const withParagraph = (parent: Y.XmlFragment, text = 'deep'): void => {
  const paragraph = new Y.XmlElement('paragraph')
  parent.insert(0, [paragraph])
  paragraph.insert(0, [new Y.XmlText(text)])
}

/** The deepest element standing in `body`, found by walking the first children. */
const deepestOf = (body: Y.XmlFragment): Y.XmlElement => {
  let at = body.get(0) as Y.XmlElement
  while (at.get(0) instanceof Y.XmlElement) at = at.get(0) as Y.XmlElement
  return at
}

const nothingQueued = () => []

const refusal = (run: () => void): string | null => {
  try {
    run()
    return null
  } catch (error) {
    return error instanceof ContentRefusedError ? error.limit : String(error)
  }
}

describe('the depth of what an update creates, before it is applied', () => {
  it('refuses one update of 3,000 nested blockquotes, and takes one right at the limit', () => {
    const doc = new Y.Doc()
    const deep = writerOf(doc).write((body) => withParagraph(quotesIn(body, 3000)))
    expect(refusal(() => assertUpdateDepth(deep, doc, nothingQueued))).toBe('depth')
    const atLimit = writerOf(doc).write((body) =>
      withParagraph(quotesIn(body, PLAN_LIMITS.maxDepth - 1)),
    )
    expect(refusal(() => assertUpdateDepth(atLimit, doc, nothingQueued))).toBeNull()
    const oneMore = writerOf(doc).write((body) =>
      withParagraph(quotesIn(body, PLAN_LIMITS.maxDepth)),
    )
    expect(refusal(() => assertUpdateDepth(oneMore, doc, nothingQueued))).toBe('depth')
  })

  it('counts the depth of parents already in the doc, named or next to a sibling', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(
      doc,
      writerOf(doc).write((body) => withParagraph(quotesIn(body, 40))),
    )
    const writer = writerOf(doc)
    // Ten more levels inside the innermost blockquote (whose paragraph is at depth 41).
    const inside = writer.write((body) => {
      const innermost = deepestOf(body).parent as Y.XmlElement
      withParagraph(quotesIn(innermost, 10))
    })
    expect(refusal(() => assertUpdateDepth(inside, doc, nothingQueued))).toBe('depth')
    // Beside the paragraph at depth 41 (the update names no parent, only its neighbour).
    const beside = writerOf(doc).write((body) => {
      const paragraph = deepestOf(body)
      const quote = new Y.XmlElement('blockquote')
      ;(paragraph.parent as Y.XmlElement).insertAfter(paragraph, [quote])
      withParagraph(quotesIn(quote, 7))
    })
    expect(refusal(() => assertUpdateDepth(beside, doc, nothingQueued))).toBe('depth')
    const shallower = writerOf(doc).write((body) => {
      const paragraph = deepestOf(body)
      const quote = new Y.XmlElement('blockquote')
      ;(paragraph.parent as Y.XmlElement).insertAfter(paragraph, [quote])
      withParagraph(quotesIn(quote, 6))
    })
    expect(refusal(() => assertUpdateDepth(shallower, doc, nothingQueued))).toBeNull()
  })

  it('finds parents in the updates queued before it in the turn', () => {
    const doc = new Y.Doc()
    const writer = writerOf(doc)
    const first = writer.write((body) => quotesIn(body, 40))
    const second = writer.write((body) => {
      const last = deepestOf(body)
      withParagraph(quotesIn(last, 10))
    })
    expect(refusal(() => assertUpdateDepth(first, doc, nothingQueued))).toBeNull()
    // Alone, its parent is nowhere to be found: it would wait for it.
    expect(refusal(() => assertUpdateDepth(second, doc, nothingQueued))).toBeNull()
    expect(refusal(() => assertUpdateDepth(second, doc, () => [first]))).toBe('depth')
  })

  it('takes typing and ordinary paragraphs as they come', () => {
    const doc = new Y.Doc()
    const writer = writerOf(doc)
    Y.applyUpdate(
      doc,
      writer.write((body) => withParagraph(body, 'Plan')),
    )
    const typed = writer.write((body) =>
      ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(4, ' text'),
    )
    const enter = writer.write((body) => withParagraph(body, 'Next'))
    for (const update of [typed, enter]) {
      expect(refusal(() => assertUpdateDepth(update, doc, nothingQueued))).toBeNull()
    }
  })
})
