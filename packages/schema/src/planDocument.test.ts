import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { planDocToJSON, planUpdateFromJSON } from './planDocument'
import { PLAN_TEMPLATE_SECTIONS, createPlanTemplate } from './planTemplate'
import { countWords, outlineOf } from './planText'

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
