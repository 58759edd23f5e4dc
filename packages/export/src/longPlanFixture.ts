import type { JSONContent } from '@tiptap/core'
import { createExportFixture } from './exportFixture'

/** Sentences in the scripts plans are written in, which exports shape and fonts must cover. */
const SENTENCES = [
  'The ministry will digitise the civil registry and open it to other agencies through a shared platform.',
  '행정안전부와 협력하여 전자정부 표준 프레임워크를 도입하고 공무원 역량을 강화합니다.',
  'Министерство проведёт обучение сотрудников и запустит пилотный проект в двух регионах.',
  'ستقوم الوزارة بتدريب الموظفين وإطلاق مشروع تجريبي في منطقتين.',
  'กระทรวงจะฝึกอบรมเจ้าหน้าที่และเปิดตัวโครงการนำร่องในสองภูมิภาค',
  'मंत्रालय कर्मचारियों को प्रशिक्षित करेगा और दो क्षेत्रों में पायलट परियोजना शुरू करेगा।',
]

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] })
const prose = (i: number): JSONContent =>
  paragraph(Array.from({ length: 5 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' '))
const cell = (type: string, value: string): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1 },
  content: [paragraph(value)],
})

const section = (s: number): JSONContent[] => [
  {
    type: 'heading',
    attrs: { level: 2 },
    content: [text(`Section ${s + 1}: activities and budget`)],
  },
  ...Array.from({ length: 5 }, (_, i) => prose(s + i)),
  {
    type: 'bulletList',
    content: SENTENCES.map((sentence) => ({ type: 'listItem', content: [paragraph(sentence)] })),
  },
  {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: ['Activity', 'Responsible', 'Start', 'Amount (USD)'].map((h) =>
          cell('tableHeader', h),
        ),
      },
      ...Array.from({ length: 6 }, (_, r) => ({
        type: 'tableRow',
        content: [`Activity ${r + 1}`, '행정안전부', `2026-0${r + 1}`, `${(r + 1) * 5000}`].map(
          (v) => cell('tableCell', v),
        ),
      })),
    ],
  },
]

/**
 * A long plan for tests and benchmarks of exports: the every-node fixture, then `sections`
 * sections of prose in every script, a list and a 7-row table each (about 40 paragraphs and
 * a page and a half of PDF per section).
 */
export const createLongPlan = (sections: number): JSONContent => ({
  type: 'doc',
  content: [
    ...(createExportFixture().doc.content ?? []),
    ...Array.from({ length: sections }, (_, s) => section(s)).flat(),
  ],
})
