import { describe, expect, it } from 'vitest'
import { planStats } from './planStats'
import { PLAN_TEMPLATE_SECTIONS, createPlanTemplate } from './planTemplate'

describe('planStats', () => {
  it('counts no filled section in a new plan, and one once a section has text', () => {
    const template = createPlanTemplate('A plan')
    expect(planStats(template)).toMatchObject({
      sectionsFilled: 0,
      sectionsTotal: PLAN_TEMPLATE_SECTIONS.length,
    })
    const content = [...(template.content ?? [])]
    const objectives = content.findIndex((node) => node.content?.[0]?.text === 'Objectives')
    content.splice(objectives + 1, 1, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Cut waiting times in half.' }],
    })
    const stats = planStats({ type: 'doc', content })
    expect(stats.sectionsFilled).toBe(1)
    expect(stats.words).toBe(planStats(template).words + 5)
  })
})
