import { PLAN_BODY_FIELD, PLAN_LIMITS, createPlanSchema } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { craftedItem, listedUpdate } from '../testing/listedUpdate'
import { assertBodyOnlyUpdate } from './assertBodyOnlyUpdate'
import { BodyShape } from './BodyShape'
import { ContentRefusedError } from './ContentRefusedError'

const OTHER_ROOT = (name: string) => `Update writes to "${name}", not the plan body`
const NO_EDITOR_MAKES = 'Update puts in the plan what no editor makes'
const NOT_AN_ELEMENT = 'Update puts in the plan body what is not an element'

/**
 * A writer with the client id `client` and a copy of `base`. `write` returns what it sends;
 * `writeDoc` does not ask for the body first, so a type of another kind may take its name.
 */
const writerOf = (client: number, base?: Y.Doc) => {
  const doc = new Y.Doc()
  doc.clientID = client
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const writeDoc = (change: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(doc)
    doc.transact(() => change(doc))
    return Y.encodeStateAsUpdate(doc, before)
  }
  return {
    doc,
    writeDoc,
    write: (change: (body: Y.XmlFragment) => void): Uint8Array =>
      writeDoc(() => change(doc.getXmlFragment(PLAN_BODY_FIELD))),
  }
}

const paragraph = (text: string): Y.XmlElement => {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/**
 * A plan written by client 7: a paragraph saying "Hello" (clock 0 the paragraph, 1 its text,
 * 2–6 the characters).
 */
const basePlan = (): Y.Doc => {
  const writer = writerOf(7)
  writer.write((body) => body.insert(0, [paragraph('Hello')]))
  return writer.doc
}

/** The body's first paragraph, as a list that takes any value (as crafted updates write). */
const firstParagraph = (body: Y.XmlFragment) => body.get(0) as unknown as Y.Array<unknown>

const structsOf = (update: Uint8Array) => Y.decodeUpdate(update).structs

/** What `assertBodyOnlyUpdate` refuses `update` with: its message, or null if it takes it. */
const refusal = (update: Uint8Array): string | null => {
  try {
    assertBodyOnlyUpdate(update)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

describe('the clocks an update writes', () => {
  it('spans every struct of a client, from its first clock to past its last', () => {
    const writer = writerOf(7)
    const first = writer.write((body) => body.insert(0, [paragraph('Hello')]))
    expect(assertBodyOnlyUpdate(first)).toEqual([{ client: 7, from: 0, to: 7 }])
    const typed = writer.write((body) =>
      ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ', world'),
    )
    expect(assertBodyOnlyUpdate(typed)).toEqual([{ client: 7, from: 7, to: 14 }])
  })

  it('spans a client listed twice, the later clocks first', () => {
    const writer = writerOf(7)
    const first = writer.write((body) => body.insert(0, [paragraph('Hello')]))
    const second = writer.write((body) => body.insert(1, [paragraph('World')]))
    const update = listedUpdate(structsOf(second), structsOf(first))
    expect(assertBodyOnlyUpdate(update)).toEqual([{ client: 7, from: 0, to: 14 }])
  })

  it('gives each client of an update its own range', () => {
    const base = basePlan()
    const added = writerOf(3, base).write((body) => body.insert(1, [paragraph('Hi')]))
    const update = Y.mergeUpdates([Y.encodeStateAsUpdate(base), added])
    // Yjs lists higher client ids first.
    expect(assertBodyOnlyUpdate(update)).toEqual([
      { client: 7, from: 0, to: 7 },
      { client: 3, from: 0, to: 4 },
    ])
  })

  it('counts a paragraph added and taken out again in the same update', () => {
    const update = writerOf(7).write((body) => {
      body.insert(0, [paragraph('Gone')])
      body.delete(0, 1)
    })
    expect(assertBodyOnlyUpdate(update)).toEqual([{ client: 7, from: 0, to: 6 }])
  })
})

describe('the shape check, over the clocks an update writes', () => {
  const shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)

  /** Applies `update` to `doc` and returns what the shape check finds among its clocks. */
  const straysAfter = (doc: Y.Doc, update: Uint8Array) => {
    const ranges = assertBodyOnlyUpdate(update)
    Y.applyUpdate(doc, update)
    return shape.strays(doc, ranges).map((item) => item.content.getContent())
  }

  it('finds loose text placed after a valid paragraph of the same update', () => {
    const update = writerOf(7).write((body) => {
      body.insert(0, [paragraph('Hello')])
      ;(body as unknown as Y.Array<unknown>).insert(1, ['loose'])
    })
    expect(straysAfter(new Y.Doc(), update)).toEqual([['loose']])
  })

  it('finds loose text written under a second client id of the same update', () => {
    const base = basePlan()
    const loose = writerOf(3, base).write((body) =>
      (body as unknown as Y.Array<unknown>).insert(1, ['loose']),
    )
    const update = Y.mergeUpdates([Y.encodeStateAsUpdate(base), loose])
    expect(straysAfter(new Y.Doc(), update)).toEqual([['loose']])
  })
})

describe('what an update may write, told from its bytes before it is applied', () => {
  it('takes an ordinary edit: paragraphs, text, attributes and marks', () => {
    const base = basePlan()
    const update = writerOf(3, base).write((body) => {
      const heading = new Y.XmlElement('heading')
      heading.setAttribute('level', 2 as never)
      heading.insert(0, [new Y.XmlText('Title')])
      body.insert(0, [heading])
      const text = (body.get(1) as Y.XmlElement).get(0) as Y.XmlText
      text.insert(5, ' there')
      text.format(0, 5, { bold: {} })
      body.insert(2, [paragraph('After')])
    })
    expect(refusal(update)).toBeNull()
  })

  it.each<[string, (doc: Y.Doc) => void, string]>([
    ['a list', (doc) => doc.getArray('elsewhere').insert(0, ['x']), 'elsewhere'],
    ['a map', (doc) => doc.getMap('meta').set('owner', 'someone'), 'meta'],
    ['a second body', (doc) => doc.getXmlFragment('body2').insert(0, [paragraph('x')]), 'body2'],
    [
      'a list, written and taken out again',
      (doc) => {
        doc.getArray('elsewhere').insert(0, ['x'])
        doc.getArray('elsewhere').delete(0, 1)
      },
      'elsewhere',
    ],
  ])('refuses a write to another root: %s', (_, change, name) => {
    const update = writerOf(3, basePlan()).writeDoc(change)
    expect(refusal(update)).toBe(OTHER_ROOT(name))
  })

  it.each<[string, () => unknown]>([
    ['a subdocument', () => new Y.Doc()],
    ['binary content', () => new Uint8Array([1, 2, 3])],
    ['a map', () => new Y.Map()],
    ['a list', () => new Y.Array()],
    ['a plain (not XML) text', () => new Y.Text('x')],
    ['an XML fragment', () => new Y.XmlFragment()],
    ['an XML hook', () => new Y.XmlHook('hook')],
  ])('refuses %s, even inside a paragraph', (_, value) => {
    const base = basePlan()
    const atStart = writerOf(3, base).write((body) => firstParagraph(body).insert(0, [value()]))
    const afterText = writerOf(3, base).write((body) => firstParagraph(body).insert(1, [value()]))
    expect(refusal(atStart)).toBe(NO_EDITOR_MAKES)
    expect(refusal(afterText)).toBe(NO_EDITOR_MAKES)
  })

  it('refuses JSON content (which no Yjs of today writes, but its decoder reads)', () => {
    // In the paragraph of client 7 at clock 0.
    const json = craftedItem(3, 0, Y.createID(7, 0), new Y.ContentJSON(['x']))
    const any = craftedItem(3, 0, Y.createID(7, 0), new Y.ContentAny(['x']))
    expect(refusal(listedUpdate([json]))).toBe(NO_EDITOR_MAKES)
    expect(refusal(listedUpdate([any]))).toBeNull()
  })

  it('takes the types an editor makes inside a paragraph: elements and text', () => {
    const base = basePlan()
    const update = writerOf(3, base).write((body) =>
      firstParagraph(body).insert(0, [new Y.XmlElement('hardBreak'), new Y.XmlText('x')]),
    )
    expect(refusal(update)).toBeNull()
  })

  const body = (doc: Y.Doc) => doc.getXmlFragment(PLAN_BODY_FIELD)

  it.each<[string, (doc: Y.Doc) => void]>([
    ['a text element', (doc) => body(doc).insert(0, [new Y.XmlText('bare')])],
    ['a plain value', (doc) => (body(doc) as unknown as Y.Array<unknown>).insert(0, ['loose'])],
    ['characters', (doc) => doc.getText(PLAN_BODY_FIELD).insert(0, 'loose')],
    [
      'an element under a key',
      (doc) => doc.getMap(PLAN_BODY_FIELD).set('key', new Y.XmlElement('paragraph')),
    ],
    ['a value under a key', (doc) => doc.getMap(PLAN_BODY_FIELD).set('key', 'value')],
  ])('refuses %s at the start of the body', (_, change) => {
    const update = writerOf(3).writeDoc(change)
    expect(refusal(update)).toBe(NOT_AN_ELEMENT)
  })

  it('takes an element at the start of the body, and one added and taken out again', () => {
    expect(refusal(writerOf(3).write((body) => body.insert(0, [paragraph('x')])))).toBeNull()
    const gone = writerOf(3, basePlan()).write((body) => {
      body.insert(0, [paragraph('Gone')])
      body.delete(0, 1)
    })
    expect(refusal(gone)).toBeNull()
  })

  it('leaves to the shape check what stands after a sibling (its bytes name no parent)', () => {
    const update = writerOf(3, basePlan()).write((body) => body.insert(1, [new Y.XmlText('bare')]))
    expect(refusal(update)).toBeNull()
  })
})

describe('the text one update adds', () => {
  const half = PLAN_LIMITS.maxTextPerUpdate / 2

  /** An update adding two paragraphs with `first` and `second` characters of text. */
  const withText = (first: number, second: number): Uint8Array =>
    writerOf(3).write((body) =>
      body.insert(0, [paragraph('a'.repeat(first)), paragraph('b'.repeat(second))]),
    )

  it('takes up to the limit, counted over all its texts', () => {
    expect(refusal(withText(half, half))).toBeNull()
  })

  it('refuses one character more, as beyond the text limit', () => {
    let refused: unknown = null
    try {
      assertBodyOnlyUpdate(withText(half, half + 1))
    } catch (error) {
      refused = error
    }
    expect(refused).toBeInstanceOf(ContentRefusedError)
    expect((refused as ContentRefusedError).limit).toBe('text')
    expect((refused as ContentRefusedError).message).toBe(
      'Update adds more than 1000000 characters of text',
    )
  })
})
