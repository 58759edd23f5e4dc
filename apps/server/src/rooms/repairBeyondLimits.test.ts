import { PLAN_BODY_FIELD, PLAN_LIMITS, createPlanSchema, planDocToJSON } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BodyShape } from './BodyShape'
import { repairBeyondLimits } from './repairBeyondLimits'

const shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)

const paragraph = (text: string): Y.XmlElement => {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/**
 * The update a writer would send to put `depth` blockquotes, one in the other, at the start of
 * the body of `base`, with a paragraph saying "deep" inside the last.
 */
const nestedQuotesUpdate = (base: Y.Doc, depth: number): Uint8Array => {
  const writer = new Y.Doc()
  Y.applyUpdate(writer, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(writer)
  writer.transact(() => {
    let parent: Y.XmlFragment = writer.getXmlFragment(PLAN_BODY_FIELD)
    for (let i = 0; i < depth; i++) {
      const quote = new Y.XmlElement('blockquote')
      parent.insert(0, [quote])
      parent = quote
    }
    parent.insert(0, [paragraph('deep')])
  })
  return Y.encodeStateAsUpdate(writer, before)
}

/** A stored plan: an honest paragraph, then whatever `write` adds, as the database holds it. */
const storedPlan = (...writes: ((base: Y.Doc) => Uint8Array)[]): Y.Doc => {
  const doc = new Y.Doc()
  doc.getXmlFragment(PLAN_BODY_FIELD).insert(0, [paragraph('Honest text.')])
  for (const write of writes) Y.applyUpdate(doc, write(doc))
  // Loaded again from its bytes, as a room loads it.
  const loaded = new Y.Doc()
  Y.applyUpdate(loaded, Y.encodeStateAsUpdate(doc))
  return loaded
}

/** An update from another writer that changes the body of `base` with `change`. */
const changeOf =
  (change: (body: Y.XmlFragment) => void) =>
  (base: Y.Doc): Uint8Array => {
    const writer = new Y.Doc()
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(base))
    const before = Y.encodeStateVector(writer)
    change(writer.getXmlFragment(PLAN_BODY_FIELD))
    return Y.encodeStateAsUpdate(writer, before)
  }

const everything = (doc: Y.Doc) =>
  [...Y.decodeStateVector(Y.encodeStateVector(doc))].map(([client, to]) => ({
    client,
    from: 0,
    to,
  }))

describe('repairing a stored plan beyond the limits', () => {
  it.each([5_000, 50_000])(
    'takes out a chain of %i nested blockquotes deepest first, and the plan stores and loads again',
    (depth) => {
      const doc = storedPlan((base) => nestedQuotesUpdate(base, depth))
      const counts = repairBeyondLimits(doc, shape)
      // Every blockquote beyond the limit, the paragraph in the last and its text.
      expect(counts).toEqual({ shape: 0, depth: depth - PLAN_LIMITS.maxDepth + 2, attribute: 0 })
      expect(shape.strays(doc, everything(doc))).toEqual([])
      const reloaded = new Y.Doc()
      Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc))
      const json = JSON.stringify(planDocToJSON(reloaded))
      expect(json).toContain('Honest text.')
      expect(json).not.toContain('deep')
      // Another deletion on the repaired plan (its first blockquote) recurses no deeper either.
      reloaded.getXmlFragment(PLAN_BODY_FIELD).delete(0, 1)
      expect(JSON.stringify(planDocToJSON(reloaded))).toBe(
        JSON.stringify({
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Honest text.' }] }],
        }),
      )
    },
  )

  it('takes out what breaks the shape or the attribute rules, and nothing else', () => {
    const doc = storedPlan(
      changeOf((body) => {
        const cell = new Y.XmlElement('tableCell')
        cell.setAttribute('colspan', 1_000_000 as never)
        const heading = new Y.XmlElement('heading')
        heading.setAttribute('level', 2 as never)
        heading.setAttribute('onclick', 'alert(1)')
        const text = new Y.XmlText('a link')
        heading.insert(0, [text])
        text.format(0, 6, { link: { href: 'javascript:alert(1)' } })
        body.insert(1, [heading, paragraph('kept')])
        const table = new Y.XmlElement('table')
        const row = new Y.XmlElement('tableRow')
        body.insert(3, [table])
        table.insert(0, [row])
        row.insert(0, [cell])
        ;(body as unknown as Y.Array<unknown>).insert(4, ['loose text'])
      }),
    )
    const counts = repairBeyondLimits(doc, shape)
    // The cell's span, the heading's unknown attribute, the link's start (its end is null);
    // the loose text.
    expect(counts).toEqual({ shape: 1, depth: 0, attribute: 3 })
    expect(shape.strays(doc, everything(doc))).toEqual([])
    expect(planDocToJSON(doc).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Honest text.' }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'a link' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'kept' }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell' }] }] },
    ])
  })

  it('finds nothing to do in a plan within the limits', () => {
    const doc = storedPlan()
    const before = Y.encodeStateAsUpdate(doc)
    expect(repairBeyondLimits(doc, shape)).toEqual({ shape: 0, depth: 0, attribute: 0 })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })
})
