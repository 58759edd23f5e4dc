import type { JSONContent } from '@tiptap/core'
import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { planDocToJSON, planUpdateFromJSON } from './planDocument'
import { PLAN_BODY_FIELD } from './planFields'
import { PLAN_LIMITS } from './planLimits'
import { createPlanSchema } from './planSchema'
import { planStats } from './planStats'
import { PLAN_TEMPLATE_SECTIONS, createPlanTemplate } from './planTemplate'
import { countWords, outlineOf } from './planText'
import { createRichPlanFixture, nestedQuotes } from './planFixtures'

const docOf = (json: JSONContent): Y.Doc => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, planUpdateFromJSON(json))
  return doc
}

/** How deep `json` goes: the body's children are at depth 1. */
const depthOf = (json: JSONContent): number => {
  let deepest = 0
  const stack: [JSONContent, number][] = [[json, 0]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next
    if (node.type !== 'text') deepest = Math.max(deepest, depth)
    for (const child of node.content ?? []) stack.push([child, depth + 1])
  }
  return deepest
}

describe('planDocToJSON', () => {
  it('reads every plan within the limits as the Yjs binding does', () => {
    const rich = docOf(createRichPlanFixture())
    // Text typed and deleted again leaves an empty text node, which the binding reads too.
    const typed = docOf(createRichPlanFixture())
    const quoted = typed.getXmlFragment(PLAN_BODY_FIELD).get(4) as Y.XmlElement
    ;((quoted.get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 'Quoted'.length)
    for (const doc of [docOf(createPlanTemplate('Ghana – Digital ID')), rich, typed]) {
      expect(planDocToJSON(doc)).toEqual(yDocToProsemirrorJSON(doc, PLAN_BODY_FIELD))
    }
    // Nothing of it was refused: it reads back as the plan it was made from.
    const schema = createPlanSchema()
    const read = schema.nodeFromJSON(planDocToJSON(rich))
    expect(read.eq(schema.nodeFromJSON(createRichPlanFixture()))).toBe(true)
  })

  it('reads a plan of 3,000 nested blockquotes without overflowing the stack, leaving out what is beyond the depth limit', () => {
    const doc = nestedQuotes(3000)
    const json = planDocToJSON(doc)
    expect(depthOf(json)).toBe(PLAN_LIMITS.maxDepth)
    expect(JSON.stringify(json)).not.toContain('deep')
    expect(JSON.stringify(json)).toContain('after')
    expect(() => planStats(json)).not.toThrow()
  })

  it('keeps a plan right at the depth limit whole', () => {
    const json = planDocToJSON(nestedQuotes(PLAN_LIMITS.maxDepth - 1))
    expect(depthOf(json)).toBe(PLAN_LIMITS.maxDepth)
    expect(JSON.stringify(json)).toContain('deep')
  })

  it('drops attribute values the rules refuse, of elements and marks', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment(PLAN_BODY_FIELD)
    const heading = new Y.XmlElement('heading')
    const cell = new Y.XmlElement('tableCell')
    body.insert(0, [heading, cell])
    heading.setAttribute('level', 99 as never)
    heading.setAttribute('onclick', 'alert(1)')
    cell.setAttribute('colspan', 1_000_000 as never)
    cell.setAttribute('rowspan', 2 as never)
    const text = new Y.XmlText('click')
    heading.insert(0, [text])
    text.format(0, 5, {
      link: { href: 'javascript:alert(1)', title: 'ok' },
      bold: { weight: 900 },
    })
    expect(planDocToJSON(doc)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'heading',
          content: [
            {
              type: 'text',
              text: 'click',
              marks: [
                { type: 'link', attrs: { title: 'ok' } },
                { type: 'bold', attrs: {} },
              ],
            },
          ],
        },
        { type: 'tableCell', attrs: { rowspan: 2 } },
      ],
    })
  })
})

describe('plan template', () => {
  it('round-trips through a Y.Doc with the title and every template section', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, planUpdateFromJSON(createPlanTemplate('Ghana – Digital ID')))
    const outline = outlineOf(planDocToJSON(doc))
    expect(outline[0]).toEqual({ level: 1, text: 'Ghana – Digital ID' })
    expect(outline.slice(1).map((entry) => entry.text)).toEqual(
      PLAN_TEMPLATE_SECTIONS.map((section) => section.heading),
    )
  })

  it('holds tables for the timeline and the budget', () => {
    const json = createPlanTemplate('t')
    const tables = (json.content ?? []).filter((node) => node.type === 'table')
    expect(tables).toHaveLength(2)
  })

  it('refuses JSON that does not fit the plan schema', () => {
    expect(() => planUpdateFromJSON({ type: 'doc', content: [{ type: 'no-such-node' }] })).toThrow()
    expect(() =>
      planUpdateFromJSON({ type: 'doc', content: [{ type: 'text', text: 'bare text' }] }),
    ).toThrow()
  })
})

describe('countWords', () => {
  it('counts words in Latin, Hangul and Thai text', () => {
    expect(countWords('Digital government, for everyone.')).toBe(4)
    expect(countWords('정부 민원 서비스')).toBe(3)
    expect(countWords('')).toBe(0)
    expect(countWords('รัฐบาลดิจิทัล')).toBeGreaterThan(1)
  })
})
