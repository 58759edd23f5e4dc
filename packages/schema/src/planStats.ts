import type { JSONContent } from '@tiptap/core'
import { blocksOf } from './planDiff'
import { PLAN_TEMPLATE_SECTIONS } from './planTemplate'
import { countWords, plainTextOf } from './planText'

export interface PlanStats {
  words: number
  /** Template sections whose heading is present and under which the team wrote something. */
  sectionsFilled: number
  sectionsTotal: number
}

// Text the template itself puts under headings does not make a section filled.
const TEMPLATE_TEXT = new Set(
  PLAN_TEMPLATE_SECTIONS.flatMap((section) => [
    ...(section.table ?? []),
    ...(section.list ?? []),
  ]).map((text) => text.trim()),
)

/** Figures for the course dashboard, from a plan's content. */
export const planStats = (doc: JSONContent): PlanStats => {
  const filled = new Set<string>()
  for (const block of blocksOf(doc)) {
    if (block.kind === 'heading') continue
    const text = block.text.trim()
    if (text && !TEMPLATE_TEXT.has(text)) filled.add(block.section.trim().toLowerCase())
  }
  const sectionsFilled = PLAN_TEMPLATE_SECTIONS.filter((section) =>
    filled.has(section.heading.toLowerCase()),
  ).length
  return {
    words: countWords(plainTextOf(doc)),
    sectionsFilled,
    sectionsTotal: PLAN_TEMPLATE_SECTIONS.length,
  }
}
