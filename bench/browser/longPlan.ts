import type { JSONContent } from '@tiptap/core'
import { PLAN_TEMPLATE_SECTIONS } from '@coplan/schema'

/** A printed page of prose, as word processors count it (single-spaced, 12 pt). */
export const WORDS_PER_PAGE = 500

const SUBJECTS = [
  'The ministry',
  'The national digital agency',
  'Each regional office',
  'The project steering committee',
  'Our Korean partners',
  'The civil registry unit',
  'The e-government task force',
  'Local government staff',
  'The data protection authority',
  'The joint working group',
]
const VERBS = [
  'will review',
  'has already piloted',
  'plans to extend',
  'is responsible for',
  'will document',
  'needs support to modernise',
  'will train officials on',
  'should publish',
  'will evaluate',
  'intends to integrate',
]
const OBJECTS = [
  'the one-stop service portal for citizens',
  'the shared identity verification platform',
  'the interoperability framework between agencies',
  'the online petition and complaint system',
  'the procurement of cloud infrastructure',
  'the digital skills programme for civil servants',
  'the open data catalogue and its licences',
  'the mobile application for business registration',
  'the service level agreements with data centres',
  'the monitoring dashboard for service uptake',
]
const TAILS = [
  'before the end of the second quarter',
  'in close cooperation with the Korean experts',
  'so that citizens need to visit only one office',
  'following the lessons of the Government24 rollout',
  'within the budget agreed by the steering committee',
  'and report progress to the ministry every month',
  'while keeping personal data within the country',
  'in two pilot regions before a national launch',
  'taking into account the needs of rural users',
  'as described in the implementation timeline below',
]

/** A small deterministic generator, so every run types into the same document. */
const createRandom = (seed: number) => {
  let state = seed >>> 0
  return (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
}

const pick = <T>(items: readonly T[], random: (n: number) => number): T =>
  items[random(items.length)] as T

const sentence = (random: (n: number) => number): string =>
  `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(OBJECTS, random)} ${pick(TAILS, random)}.`

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length

const text = (value: string): JSONContent[] => [{ type: 'text', text: value }]

const paragraph = (random: (n: number) => number): { node: JSONContent; words: number } => {
  // 4 to 9 sentences: paragraphs of roughly 60 to 140 words.
  const sentences = Array.from({ length: 4 + random(6) }, () => sentence(random))
  const value = sentences.join(' ')
  return { node: { type: 'paragraph', content: text(value) }, words: wordsIn(value) }
}

const heading = (level: number, value: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: text(value),
})

/**
 * A long cooperation plan as ProseMirror JSON in the plan schema: the template's sections,
 * each split into numbered subsections (level-3 headings) of prose paragraphs with now and then
 * a bulleted list, until it holds `pages` × 500 words. Deterministic.
 */
export const createLongPlan = ({ pages, seed = 1 }: { pages: number; seed?: number }) => {
  const random = createRandom(seed)
  const wanted = pages * WORDS_PER_PAGE
  const perSection = Math.ceil(wanted / PLAN_TEMPLATE_SECTIONS.length)
  const content: JSONContent[] = [heading(1, 'Long cooperation plan: digital government')]
  let words = 0
  PLAN_TEMPLATE_SECTIONS.forEach((section, s) => {
    content.push(heading(2, section.heading))
    let sectionWords = 0
    for (let sub = 1; sectionWords < perSection && words < wanted; sub++) {
      content.push(heading(3, `${s + 1}.${sub} ${pick(OBJECTS, random)}`))
      for (let p = 0; p < 3 + random(4); p++) {
        const { node, words: added } = paragraph(random)
        content.push(node)
        sectionWords += added
        words += added
      }
      if (random(4) === 0) {
        const items = Array.from({ length: 3 }, () => sentence(random))
        content.push({
          type: 'bulletList',
          content: items.map((item) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: text(item) }],
          })),
        })
        const added = items.reduce((sum, item) => sum + wordsIn(item), 0)
        sectionWords += added
        words += added
      }
    }
  })
  return { doc: { type: 'doc', content } satisfies JSONContent, words }
}
