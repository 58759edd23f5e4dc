import { PLAN_BODY_FIELD, PLAN_LIMITS, createPlanSchema, planUpdateFromJSON } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { craftedItem, listedUpdate } from '../testing/listedUpdate'
import { BodyShape, type ClockRange, type StrayKind } from './BodyShape'

const shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)

const text = (value: string, marks?: { type: string; attrs?: object }[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
})
const paragraph = (...content: object[]) => ({ type: 'paragraph', content })
const cell = (type: string, value: string) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text(value))],
})

/** A plan with every node and mark the editor offers, as the editor's Yjs binding writes it. */
const richPlan = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('1. Background')] },
    paragraph(
      text('Plain, '),
      text('bold', [{ type: 'bold' }]),
      text(', italic', [{ type: 'italic' }]),
      text(', struck', [{ type: 'strike' }]),
      text(', underlined', [{ type: 'underline' }]),
      text(', code', [{ type: 'code' }]),
      text(' and a link', [{ type: 'link', attrs: { href: 'https://www.gov.kr' } }]),
      { type: 'hardBreak' },
      text('after a break'),
    ),
    { type: 'blockquote', content: [paragraph(text('Quoted'))] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph(text('A point'))] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [{ type: 'listItem', content: [paragraph(text('Third'))] }],
    },
    { type: 'codeBlock', attrs: { language: null }, content: [text('npm start')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'Service'), cell('tableHeader', 'Year')],
        },
        {
          type: 'tableRow',
          content: [cell('tableCell', 'Government24'), cell('tableCell', '2020')],
        },
      ],
    },
  ],
}

/** Every clock of every client in `doc`. */
const everything = (doc: Y.Doc): ClockRange[] =>
  [...Y.decodeStateVector(Y.encodeStateVector(doc))].map(([client, to]) => ({
    client,
    from: 0,
    to,
  }))

/** A copy of `base` changed by `change`, and the clocks the change wrote. */
const changed = (base: Uint8Array, change: (body: Y.XmlFragment) => void) => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const before = Y.getState(doc.store, doc.clientID)
  change(doc.getXmlFragment(PLAN_BODY_FIELD))
  const ranges = [{ client: doc.clientID, from: before, to: Y.getState(doc.store, doc.clientID) }]
  return { doc, ranges }
}

const firstText = (body: Y.XmlFragment): Y.XmlText => {
  const [first] = body.createTreeWalker((node) => node instanceof Y.XmlText)
  if (!(first instanceof Y.XmlText)) throw new Error('The plan has no text')
  return first
}

describe('the shape of a plan body', () => {
  const base = planUpdateFromJSON(richPlan)

  it('finds nothing amiss in whatever the editor makes', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    expect(everything(doc).length).toBeGreaterThan(0)
    expect(shape.strays(doc, everything(doc))).toEqual([])
  })

  it('accepts typing, a new paragraph and a repeatable mark, as an editor writes them', () => {
    const { doc, ranges } = changed(base, (body) => {
      firstText(body).insert(3, 'typed')
      const added = new Y.XmlElement('heading')
      added.setAttribute('level', 3 as never)
      added.insert(0, [new Y.XmlText('Next')])
      body.insertAfter(body.get(0), [added])
      // The binding keys a mark that may repeat on one character as `name--hash`.
      firstText(body).format(0, 2, { 'link--a1b2c3d4': { href: 'https://www.epeople.go.kr' } })
    })
    expect(shape.strays(doc, ranges)).toEqual([])
  })

  it.each<[string, (body: Y.XmlFragment) => void, number?]>([
    [
      'loose text after a paragraph',
      (body) => (body as unknown as Y.Array<unknown>).insert(1, ['loose']),
    ],
    ['a text node straight in the body', (body) => body.insert(1, [new Y.XmlText('bare')])],
    ['an element the schema lacks', (body) => body.insert(1, [new Y.XmlElement('script')])],
    [
      'the top node inside the body',
      (body) => body.insert(1, [new Y.XmlElement(createPlanSchema().topNodeType.name)]),
    ],
    [
      'a map among paragraphs',
      (body) => (body as unknown as Y.Array<unknown>).insert(1, [new Y.Map()]),
    ],
    [
      'loose text in a paragraph, beside its text',
      (body) => (body.get(1) as unknown as Y.Array<unknown>).insert(1, ['loose']),
    ],
    [
      'a paragraph in a paragraph',
      (body) => (body.get(1) as Y.XmlElement).insert(1, [new Y.XmlElement('paragraph')]),
    ],
    [
      // A paragraph holds text, whose node type is named `text`: not an element of that name.
      'an element named text in a paragraph',
      (body) => (body.get(1) as Y.XmlElement).insert(1, [new Y.XmlElement('text')]),
    ],
    [
      'a table cell straight in the body',
      (body) => body.insert(1, [new Y.XmlElement('tableCell')]),
    ],
    [
      'text straight in a list',
      (body) => {
        const list = body.toArray().find((node) => (node as Y.XmlElement).nodeName === 'bulletList')
        ;(list as Y.XmlElement).insert(0, [new Y.XmlText('loose')])
      },
    ],
    [
      'a mark in a code block, which takes none',
      (body) => {
        const code = body.toArray().find((node) => (node as Y.XmlElement).nodeName === 'codeBlock')
        ;((code as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { bold: {} })
      },
      2,
    ],
    // Not a repeat's hash: the binding would read a mark called `bold--x`.
    [
      'a mark key the binding reads as no mark',
      (body) => firstText(body).format(0, 2, { 'bold--x': {} }),
      2,
    ],
    // Where the mark starts and where it ends.
    ['a mark the schema lacks', (body) => firstText(body).format(0, 2, { blink: {} }), 2],
    ['an embed in text', (body) => firstText(body).insertEmbed(1, { image: 'x' })],
    [
      'a type as an attribute',
      (body) => (body.get(1) as Y.XmlElement).setAttribute('evil', new Y.XmlText('x') as never),
    ],
    [
      'a plain (not XML) text in a paragraph, and its characters',
      (body) => (body.get(1) as unknown as Y.Array<unknown>).insert(0, [new Y.Text('abc')]),
      2,
    ],
    [
      'a list in a paragraph, and its value',
      (body) => (body.get(1) as unknown as Y.Array<unknown>).insert(0, [Y.Array.from(['x'])]),
      2,
    ],
    [
      // The element, its text, and the mark where it starts and where it ends.
      'an element the schema lacks, holding marked text',
      (body) => {
        const script = new Y.XmlElement('script')
        body.insert(1, [script])
        const text = new Y.XmlText()
        script.insert(0, [text])
        text.insert(0, 'x', { bold: {} })
      },
      4,
    ],
  ])('finds %s', (_, change, count = 1) => {
    const { doc, ranges } = changed(base, change)
    const strays = shape.strays(doc, ranges)
    expect(strays).toHaveLength(count)
    for (const item of strays) expect(shape.kindOf(item)).toBe('shape')
  })

  /** A chain of `depth` blockquotes, one in the other, at the start of the body. */
  const quotes = (depth: number) => (body: Y.XmlFragment) => {
    let parent: Y.XmlFragment = body
    for (let i = 0; i < depth; i++) {
      const quote = new Y.XmlElement('blockquote')
      parent.insert(0, [quote])
      parent = quote
    }
    const last = new Y.XmlElement('paragraph')
    parent.insert(0, [last])
    last.insert(0, [new Y.XmlText('deep')])
  }
  const cellOf = (body: Y.XmlFragment): Y.XmlElement => {
    const [cell] = body.createTreeWalker((node) => (node as Y.XmlElement).nodeName === 'tableCell')
    return cell as Y.XmlElement
  }

  it.each<[string, (body: Y.XmlFragment) => void, number, StrayKind]>([
    // The paragraph at depth 49 and its text at 50.
    ['a paragraph in 48 nested blockquotes', quotes(PLAN_LIMITS.maxDepth), 2, 'depth'],
    ['3,000 nested blockquotes', quotes(3000), 3000 - PLAN_LIMITS.maxDepth + 2, 'depth'],
    [
      'a colspan of 1,000,000',
      (body) => cellOf(body).setAttribute('colspan', 1_000_000 as never),
      1,
      'attribute',
    ],
    [
      'column widths beyond the limit',
      (body) => cellOf(body).setAttribute('colwidth', [PLAN_LIMITS.maxColumnWidthPx + 1] as never),
      1,
      'attribute',
    ],
    [
      'an unknown attribute',
      (body) => (body.get(1) as Y.XmlElement).setAttribute('onclick', 'alert(1)'),
      1,
      'attribute',
    ],
    [
      'a heading level the schema lacks',
      (body) => (body.get(0) as Y.XmlElement).setAttribute('level', 9 as never),
      1,
      'attribute',
    ],
    [
      'a javascript: link',
      (body) => firstText(body).format(0, 2, { link: { href: 'javascript:alert(1)' } }),
      // Its start; where it ends, the value is null.
      1,
      'attribute',
    ],
    [
      'a mark with attributes it lacks',
      (body) => firstText(body).format(0, 2, { bold: { weight: 900 } }),
      1,
      'attribute',
    ],
  ])('finds %s, beyond the limits', (_, change, count, kind) => {
    const { doc, ranges } = changed(base, change)
    const strays = shape.strays(doc, ranges)
    expect(strays).toHaveLength(count)
    for (const item of strays) expect(shape.kindOf(item)).toBe(kind)
  })

  it('accepts a paragraph in 47 nested blockquotes, the deepest a plan goes', () => {
    const { doc, ranges } = changed(base, quotes(PLAN_LIMITS.maxDepth - 1))
    expect(shape.strays(doc, ranges)).toEqual([])
  })

  it('finds what another root holds, and nothing in ranges the doc does not have yet', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    const before = Y.getState(doc.store, doc.clientID)
    doc.getArray('elsewhere').insert(0, ['x'])
    const to = Y.getState(doc.store, doc.clientID)
    expect(shape.strays(doc, [{ client: doc.clientID, from: before, to }])).toHaveLength(1)
    expect(shape.strays(doc, [{ client: doc.clientID, from: to, to: to + 10 }])).toEqual([])
    expect(shape.strays(doc, [{ client: 12345, from: 0, to: 10 }])).toEqual([])
  })

  it('finds a paragraph in another root, though the body may hold one', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    const paragraph = new Y.XmlElement('paragraph')
    doc.getXmlFragment('elsewhere').insert(0, [paragraph])
    // Its text stands where it may: in a paragraph.
    paragraph.insert(0, [new Y.XmlText('x')])
    const strays = shape.strays(doc, [{ client: doc.clientID, from: 0, to: 3 }])
    expect(strays).toHaveLength(1)
    expect(strays[0]).toBe(paragraph._item)
  })

  it('finds an element the body holds under a key', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    const writer = new Y.Doc()
    writer.getMap(PLAN_BODY_FIELD).set('key', new Y.XmlElement('paragraph'))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer))
    const strays = shape.strays(doc, [{ client: writer.clientID, from: 0, to: 1 }])
    expect(strays).toHaveLength(1)
    expect(shape.kindOf(strays[0] as Y.Item)).toBe('shape')
  })

  it('looks at the clocks of the ranges only, up to but not including their end', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    const client = doc.clientID
    const body = doc.getXmlFragment(PLAN_BODY_FIELD)
    // Clock 0: an element in its place; clock 1: loose text after it.
    body.insert(0, [new Y.XmlElement('horizontalRule')])
    ;(body as unknown as Y.Array<unknown>).insert(1, ['loose'])
    expect(shape.strays(doc, [{ client, from: 0, to: 1 }])).toEqual([])
    expect(shape.strays(doc, [{ client, from: 1, to: 2 }])).toHaveLength(1)
  })

  /**
   * A doc of the rich plan with what crafted bytes of client 99 put in: `content` (at clocks
   * from 0) in the type whose item is found by `parentOf`, under the key `key`.
   */
  const withCrafted = (
    parentOf: (body: Y.XmlFragment) => { _item: Y.Item | null },
    content: Y.Item['content'],
    key: string,
  ) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, base)
    const parent = parentOf(doc.getXmlFragment(PLAN_BODY_FIELD))._item?.id
    if (!parent) throw new Error('No parent item')
    Y.applyUpdate(doc, listedUpdate([craftedItem(99, 0, parent, content, key)]))
    return shape.strays(doc, [{ client: 99, from: 0, to: content.getLength() }])
  }

  it('finds an attribute written with two values, of which the binding reads the last', () => {
    const align = (values: unknown[]) =>
      withCrafted(cellOf, new Y.ContentAny(values), 'align').map((item) => shape.kindOf(item))
    expect(align(['left'])).toEqual([])
    expect(align(['left', 'justify'])).toEqual(['attribute'])
  })

  it('finds characters and marks written under a key of a text', () => {
    expect(withCrafted(firstText, new Y.ContentString('x'), 'key')).toHaveLength(1)
    expect(withCrafted(firstText, new Y.ContentFormat('bold', {}), 'key')).toHaveLength(1)
  })

  it('leaves deleted items alone', () => {
    const { doc, ranges } = changed(base, (body) => {
      ;(body as unknown as Y.Array<unknown>).insert(1, ['loose'])
      body.delete(1, 1)
    })
    expect(shape.strays(doc, ranges)).toEqual([])
  })
})
