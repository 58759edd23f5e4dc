import { PLAN_BODY_FIELD, PLAN_LIMITS } from '@coplan/schema'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { craftedItem, listedUpdate } from '../testing/listedUpdate'
import { ContentRefusedError } from './ContentRefusedError'
import { assertUpdateDepth } from './updateDepth'

/** A doc made of `updates`. */
const docOf = (...updates: Uint8Array[]): Y.Doc => {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

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

/** A doc holding `depth` blockquotes, one in the other, the last empty (`innermost` finds it). */
const docWithQuotes = (depth: number, client = 7): Y.Doc => {
  const doc = new Y.Doc()
  doc.clientID = client
  quotesIn(doc.getXmlFragment(PLAN_BODY_FIELD), depth)
  return doc
}

/** The last of the blockquotes `docWithQuotes` made. */
const innermost = (body: Y.XmlFragment): Y.XmlElement => {
  let at = body.get(0) as Y.XmlElement
  while (at.get(0) instanceof Y.XmlElement) at = at.get(0) as Y.XmlElement
  return at
}

/**
 * Puts `depth` levels in `parent`, each a paragraph and, after it, a blockquote holding the
 * next (which names no parent, only the paragraph beside it), and a paragraph in the last.
 */
const besideChain = (parent: Y.XmlFragment, depth: number): void => {
  for (let i = 0; i < depth; i++) {
    const quote = new Y.XmlElement('blockquote')
    withParagraph(parent, 'beside')
    parent.insert(1, [quote])
    parent = quote
  }
  withParagraph(parent)
}

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

  it('says what it refuses', () => {
    const doc = new Y.Doc()
    const deep = writerOf(doc).write((body) => withParagraph(quotesIn(body, 60)))
    expect(() => assertUpdateDepth(deep, doc, nothingQueued)).toThrow(
      'Update nests elements deeper than a plan may go',
    )
  })

  it('finds parents through siblings of the same update', () => {
    const doc = new Y.Doc()
    const atLimit = writerOf(doc).write((body) => besideChain(body, PLAN_LIMITS.maxDepth - 1))
    expect(refusal(() => assertUpdateDepth(atLimit, doc, nothingQueued))).toBeNull()
    const oneMore = writerOf(doc).write((body) => besideChain(body, PLAN_LIMITS.maxDepth))
    expect(refusal(() => assertUpdateDepth(oneMore, doc, nothingQueued))).toBe('depth')
  })

  it('counts the depth of an empty element of the doc that an update names as parent', () => {
    const doc = docWithQuotes(40)
    // Blockquotes at 41 and deeper, the paragraph below them.
    const eightMore = writerOf(doc).write((body) => withParagraph(quotesIn(innermost(body), 8)))
    expect(refusal(() => assertUpdateDepth(eightMore, doc, nothingQueued))).toBe('depth')
    const sevenMore = writerOf(doc).write((body) => withParagraph(quotesIn(innermost(body), 7)))
    expect(refusal(() => assertUpdateDepth(sevenMore, doc, nothingQueued))).toBeNull()
  })

  it('counts parents in the doc already beyond the limit (a plan stored before it)', () => {
    // A text may stand one level below the deepest element: in an element at 48, not at 49.
    const text = (depth: number, beside: boolean) => {
      const doc = docWithQuotes(depth)
      if (beside) innermost(doc.getXmlFragment(PLAN_BODY_FIELD)).insert(0, [new Y.XmlText('a')])
      const update = writerOf(doc).write((body) => {
        const quote = innermost(body)
        quote.insert(quote.length, [new Y.XmlText('b')])
      })
      return refusal(() => assertUpdateDepth(update, doc, nothingQueued))
    }
    // Named as the parent (the element is empty).
    expect(text(PLAN_LIMITS.maxDepth, false)).toBeNull()
    expect(text(PLAN_LIMITS.maxDepth + 1, false)).toBe('depth')
    // After a text the element holds.
    expect(text(PLAN_LIMITS.maxDepth, true)).toBeNull()
    expect(text(PLAN_LIMITS.maxDepth + 1, true)).toBe('depth')
  })

  it('finds parents in an update that lists a client twice, the later clocks first', () => {
    const doc = new Y.Doc()
    // One writer's blockquote, then `depth` more in it, listed the later (and longer) run first.
    const listed = (depth: number) => {
      const writer = writerOf(doc)
      const outer = writer.write((body) => quotesIn(body, 1))
      const inner = writer.write((body) => withParagraph(quotesIn(innermost(body), depth)))
      return listedUpdate(Y.decodeUpdate(inner).structs, Y.decodeUpdate(outer).structs)
    }
    expect(refusal(() => assertUpdateDepth(listed(46), doc, nothingQueued))).toBeNull()
    expect(refusal(() => assertUpdateDepth(listed(47), doc, nothingQueued))).toBe('depth')
  })

  it('finds a parent written by another client of the same update', () => {
    const doc = new Y.Doc()
    const first = docWithQuotes(1, 3)
    const chain = (depth: number) => {
      const second = new Y.Doc()
      second.clientID = 9
      Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
      const before = Y.encodeStateVector(second)
      withParagraph(quotesIn(innermost(second.getXmlFragment(PLAN_BODY_FIELD)), depth))
      // Yjs lists client 9 first: its items are walked before the blockquote they stand in.
      return Y.mergeUpdates([Y.encodeStateAsUpdate(first), Y.encodeStateAsUpdate(second, before)])
    }
    expect(refusal(() => assertUpdateDepth(chain(46), doc, nothingQueued))).toBeNull()
    expect(refusal(() => assertUpdateDepth(chain(47), doc, nothingQueued))).toBe('depth')
  })

  it('takes a parent found nowhere as the body: of another client, or at a later clock', () => {
    const doc = new Y.Doc()
    // Client 7's blockquote, which the doc lacks; the update is client 8's alone.
    const elsewhere = writerOf(docWithQuotes(1)).write((body) =>
      withParagraph(quotesIn(innermost(body), PLAN_LIMITS.maxDepth - 1)),
    )
    expect(refusal(() => assertUpdateDepth(elsewhere, doc, nothingQueued))).toBeNull()
    // Crafted: a paragraph in client 3's element at clock 5, which the update does not reach.
    const later = listedUpdate([
      craftedItem(3, 0, Y.createID(3, 5), new Y.ContentType(new Y.XmlElement('paragraph'))),
    ])
    expect(refusal(() => assertUpdateDepth(later, doc, nothingQueued))).toBeNull()
  })

  it('finds a parent at the next clock of a client the doc holds, in a queued update', () => {
    const doc = new Y.Doc()
    const writer = writerOf(doc)
    Y.applyUpdate(
      doc,
      writer.write((body) => quotesIn(body, 40)),
    )
    // The 41st blockquote, at the writer's next clock: the doc holds its clocks up to it.
    const next = writer.write((body) => quotesIn(innermost(body), 1))
    const inside = (depth: number) =>
      writerOf(docOf(Y.encodeStateAsUpdate(doc), next)).write((body) =>
        withParagraph(quotesIn(innermost(body), depth)),
      )
    expect(refusal(() => assertUpdateDepth(inside(6), doc, () => [next]))).toBeNull()
    expect(refusal(() => assertUpdateDepth(inside(7), doc, () => [next]))).toBe('depth')
  })

  it('decodes the queued updates only when a parent is found nowhere else, and once', () => {
    const doc = new Y.Doc()
    const queued = vi.fn(() => [])
    const chain = writerOf(doc).write((body) => withParagraph(quotesIn(body, 10)))
    assertUpdateDepth(chain, doc, queued)
    expect(queued).not.toHaveBeenCalled()
    // Paragraphs in two of client 7's blockquotes, which neither the doc nor the update holds.
    const quotes = new Y.Doc()
    quotes.clientID = 7
    quotes
      .getXmlFragment(PLAN_BODY_FIELD)
      .insert(0, [new Y.XmlElement('blockquote'), new Y.XmlElement('blockquote')])
    const inBoth = writerOf(quotes).write((body) => {
      withParagraph(body.get(0) as Y.XmlElement)
      withParagraph(body.get(1) as Y.XmlElement)
    })
    assertUpdateDepth(inBoth, doc, queued)
    expect(queued).toHaveBeenCalledTimes(1)
  })

  it('ends on crafted items that stand beside each other, taking them as the body', () => {
    const element = () => new Y.ContentType(new Y.XmlElement('paragraph'))
    const item = (clock: number, beside: number) =>
      new Y.Item(
        Y.createID(3, clock),
        null,
        Y.createID(3, beside),
        null,
        null,
        null,
        null,
        element(),
      )
    const update = listedUpdate([item(0, 1), item(1, 0)])
    expect(refusal(() => assertUpdateDepth(update, new Y.Doc(), nothingQueued))).toBeNull()
  })

  it('takes a sibling found nowhere as standing in the body, though the other one is deep', () => {
    const doc = docWithQuotes(10)
    const tenth = (body: Y.XmlFragment) => {
      let quote = body.get(0) as Y.XmlElement
      for (let depth = 1; depth < 10; depth++) quote = quote.get(0) as Y.XmlElement
      return quote
    }
    tenth(doc.getXmlFragment(PLAN_BODY_FIELD)).insert(0, [new Y.XmlElement('paragraph')])
    // Another writer's paragraph before that one, which the doc has not received.
    const before = writerOf(doc).write((body) =>
      tenth(body).insert(0, [new Y.XmlElement('paragraph')]),
    )
    // Blockquotes between the two paragraphs: the first names only its neighbours.
    const between = writerOf(docOf(Y.encodeStateAsUpdate(doc), before)).write((body) => {
      const quote = new Y.XmlElement('blockquote')
      tenth(body).insert(1, [quote])
      withParagraph(quotesIn(quote, 46))
    })
    expect(refusal(() => assertUpdateDepth(between, doc, nothingQueued))).toBeNull()
    expect(refusal(() => assertUpdateDepth(between, doc, () => [before]))).toBe('depth')
  })

  it('takes as the body a parent the doc has collected, or one holding no type (crafted)', () => {
    const kept = docWithQuotes(2)
    const collected = docWithQuotes(2)
    // Written into the second blockquote, which the doc collects when the first is deleted.
    const update = writerOf(collected).write((body) => withParagraph(quotesIn(innermost(body), 46)))
    collected.getXmlFragment(PLAN_BODY_FIELD).delete(0, 1)
    expect(refusal(() => assertUpdateDepth(update, kept, nothingQueued))).toBe('depth')
    expect(refusal(() => assertUpdateDepth(update, collected, nothingQueued))).toBeNull()
    // In a character of client 7's text (its paragraph at clock 0, text at 1, "Hello" from 2).
    const doc = new Y.Doc()
    doc.clientID = 7
    withParagraph(doc.getXmlFragment(PLAN_BODY_FIELD), 'Hello')
    const inCharacter = listedUpdate([
      craftedItem(3, 0, Y.createID(7, 3), new Y.ContentType(new Y.XmlElement('paragraph'))),
    ])
    expect(refusal(() => assertUpdateDepth(inCharacter, doc, nothingQueued))).toBeNull()
  })
})
