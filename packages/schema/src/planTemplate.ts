import type { JSONContent } from '@tiptap/core'

/** One section of the cooperation plan template, with its hint in each UI language. */
export interface TemplateSection {
  key: string
  heading: string
  hint: { en: string; ko: string }
  /** Column headings when the section holds a table. */
  table?: string[]
  /** Labels of a bulleted list the section starts with. */
  list?: string[]
}

export const PLAN_TEMPLATE_SECTIONS: readonly TemplateSection[] = [
  {
    key: 'overview',
    heading: 'Overview',
    hint: {
      en: 'Partner institutions on both sides and the duration of the cooperation.',
      ko: '양측 협력 기관과 협력 기간을 적어 주세요.',
    },
    list: ['Partner institutions: ', 'Duration: '],
  },
  {
    key: 'background',
    heading: 'Background and current situation',
    hint: {
      en: 'Where digital government stands in your country today, and what has been tried.',
      ko: '귀국 디지털 정부의 현황과 지금까지의 추진 경과를 적어 주세요.',
    },
  },
  {
    key: 'needs',
    heading: 'Needs and problem statement',
    hint: {
      en: 'The problem citizens or officials face that this plan addresses.',
      ko: '이 계획이 해결하려는 국민 또는 공무원의 문제를 적어 주세요.',
    },
  },
  {
    key: 'objectives',
    heading: 'Objectives',
    hint: {
      en: 'What the cooperation will achieve, stated so that it can be checked.',
      ko: '협력을 통해 달성할 목표를 확인 가능한 형태로 적어 주세요.',
    },
  },
  {
    key: 'reference-cases',
    heading: 'Korean reference cases',
    hint: {
      en: 'Korean services to learn from, e.g. Government24, e-People, the self-quarantine app.',
      ko: '참고할 한국 사례(정부24, 국민신문고, 자가격리 앱 등)를 적어 주세요.',
    },
  },
  {
    key: 'activities',
    heading: 'Proposed activities',
    hint: {
      en: 'The activities, trainings and pilots the partners will carry out.',
      ko: '양측이 수행할 활동, 연수, 시범사업을 적어 주세요.',
    },
  },
  {
    key: 'timeline',
    heading: 'Implementation plan and timeline',
    hint: {
      en: 'Who does what, and when: one row per activity.',
      ko: '활동별로 담당자와 일정을 한 줄씩 적어 주세요.',
    },
    table: ['Activity', 'Responsible', 'Start', 'End', 'Deliverable'],
  },
  {
    key: 'budget',
    heading: 'Budget and resources',
    hint: {
      en: 'Costs per item and who funds them.',
      ko: '항목별 비용과 재원을 적어 주세요.',
    },
    table: ['Item', 'Description', 'Amount (USD)', 'Source of funding'],
  },
  {
    key: 'governance',
    heading: 'Roles and governance',
    hint: {
      en: 'Who leads, who decides, and how the partners coordinate.',
      ko: '주관 기관, 의사결정 주체, 협력 방식을 적어 주세요.',
    },
  },
  {
    key: 'outcomes',
    heading: 'Expected outcomes and indicators',
    hint: {
      en: 'The results you expect and how each will be measured.',
      ko: '기대 성과와 측정 지표를 적어 주세요.',
    },
  },
  {
    key: 'risks',
    heading: 'Risks and mitigation',
    hint: {
      en: 'What could go wrong and what you will do about it.',
      ko: '예상되는 위험과 대응 방안을 적어 주세요.',
    },
  },
  {
    key: 'sustainability',
    heading: 'Sustainability',
    hint: {
      en: 'How the results will last after the cooperation ends.',
      ko: '협력 종료 후에도 성과를 유지할 방안을 적어 주세요.',
    },
  },
]

/** Rows of empty cells a template table starts with, below its header row. */
const TEMPLATE_TABLE_ROWS = 2

const text = (value: string): JSONContent[] => (value ? [{ type: 'text', text: value }] : [])

const tableOf = (columns: string[]): JSONContent => ({
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: columns.map((column) => ({
        type: 'tableHeader',
        content: [{ type: 'paragraph', content: text(column) }],
      })),
    },
    ...Array.from({ length: TEMPLATE_TABLE_ROWS }, () => ({
      type: 'tableRow',
      content: columns.map(() => ({ type: 'tableCell', content: [{ type: 'paragraph' }] })),
    })),
  ],
})

const sectionContent = (section: TemplateSection): JSONContent[] => {
  const heading: JSONContent = {
    type: 'heading',
    attrs: { level: 2 },
    content: text(section.heading),
  }
  if (section.table) return [heading, { type: 'paragraph' }, tableOf(section.table)]
  if (section.list) {
    return [
      heading,
      {
        type: 'bulletList',
        content: section.list.map((label) => ({
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: label, marks: [{ type: 'bold' }] }],
            },
          ],
        })),
      },
    ]
  }
  return [heading, { type: 'paragraph' }]
}

/**
 * The ProseMirror JSON of a new cooperation plan: the title as the only level-1 heading, then
 * each template section as a level-2 heading followed by an empty paragraph (where the editor
 * shows the section's hint as a placeholder, so hints never end up in the text or exports).
 */
export const createPlanTemplate = (title: string): JSONContent => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: text(title) },
    ...PLAN_TEMPLATE_SECTIONS.flatMap(sectionContent),
  ],
})

/** The template section whose heading text is `heading`, if any (used to find a hint). */
export const findTemplateSection = (heading: string): TemplateSection | undefined => {
  const wanted = heading.trim().toLowerCase()
  return PLAN_TEMPLATE_SECTIONS.find((section) => section.heading.toLowerCase() === wanted)
}
