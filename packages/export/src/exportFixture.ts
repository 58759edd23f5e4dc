import type { ThreadView } from '@coplan/protocol'
import type { JSONContent } from '@tiptap/core'
import type { ExportMeta } from './ExportMeta'

/** One sentence in each script exports must keep, as the fixture holds them. */
export const FIXTURE_SENTENCES = {
  korean: '한국은 2017년에 정부24를 출범했습니다.',
  russian: 'Узбекистан развивает электронное правительство.',
  arabic: 'تهدف هذه الخطة إلى تحسين الخدمات الرقمية.',
  thai: 'แผนนี้มุ่งพัฒนาบริการดิจิทัลของรัฐบาล',
  hindi: 'यह योजना डिजिटल सरकारी सेवाओं को बेहतर बनाएगी।',
} as const

const t = (text: string, ...marks: JSONContent['marks'] & object): JSONContent =>
  marks.length ? { type: 'text', text, marks } : { type: 'text', text }
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const h = (level: number, text: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [t(text)],
})
const item = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content })
const cell = (text: string, attrs: Record<string, number> = {}): JSONContent => ({
  type: 'tableCell',
  attrs: { colspan: 1, rowspan: 1, ...attrs },
  content: [p(t(text))],
})
const header = (text: string): JSONContent => ({
  type: 'tableHeader',
  attrs: { colspan: 1, rowspan: 1 },
  content: [p(t(text))],
})
const row = (...content: JSONContent[]): JSONContent => ({ type: 'tableRow', content })

/**
 * A plan that uses every node and mark of the plan schema, with text in every script exports
 * must keep (Latin, Hangul, Cyrillic, Arabic, Thai, Devanagari), two comment threads (one
 * resolved) and fixed metadata: for tests and benchmarks of every format.
 */
export const createExportFixture = (): {
  doc: JSONContent
  meta: ExportMeta
  comments: ThreadView[]
} => ({
  meta: {
    course: 'Digital Government Policy Manager Course',
    country: 'Ghana',
    title: 'Digital Services Cooperation Plan',
    status: 'Final',
    versionName: 'Finalized',
    date: '2025-06-30T09:00:00.000Z',
    dateLabel: 'Saved',
  },
  doc: {
    type: 'doc',
    content: [
      h(1, 'Digital Services Cooperation Plan'),
      h(2, 'Overview'),
      p(
        t('Partners: '),
        t('Ministry of the Interior and Safety', { type: 'bold' }),
        t(' with the '),
        t('National Information Agency', { type: 'italic' }),
        t(', replacing the '),
        t('old portal', { type: 'strike' }),
        t(', reusing '),
        t('gov24-api', { type: 'code' }),
        t('; see '),
        t('Government24', { type: 'link', attrs: { href: 'https://www.gov.kr' } }),
        t(' and '),
        t('the signed agreement', { type: 'underline' }),
        t('.'),
        { type: 'hardBreak' },
        t('Second line after a hard break.'),
      ),
      {
        type: 'bulletList',
        content: [
          item(
            p(
              t('Partner institutions: ', { type: 'bold' }),
              t('행정안전부 and the Ministry of Communications'),
            ),
            {
              type: 'bulletList',
              content: [
                item(p(t('Министерство цифрового развития (observer)'))),
                item(p(t('Regional offices')), {
                  type: 'bulletList',
                  content: [item(p(t('Kumasi office, third level')))],
                }),
              ],
            },
          ),
          item(p(t('Duration: ', { type: 'bold' }), t('2025–2027'))),
        ],
      },
      h(2, 'Background in every script'),
      p(t(FIXTURE_SENTENCES.korean)),
      p(t(FIXTURE_SENTENCES.russian)),
      p(t(FIXTURE_SENTENCES.arabic)),
      p(t(FIXTURE_SENTENCES.thai)),
      p(t(FIXTURE_SENTENCES.hindi)),
      {
        type: 'blockquote',
        content: [p(t('Digital government is built together. 디지털 정부는 함께 만듭니다.'))],
      },
      h(3, 'Proposed activities'),
      {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [
          item(p(t('Pilot the online certificate service in Accra')), {
            type: 'orderedList',
            attrs: { start: 1, type: null },
            content: [item(p(t('Map the current paper process'))), item(p(t('Build the pilot')))],
          }),
          item(p(t('Train 40 officials in Seoul'))),
        ],
      },
      {
        type: 'codeBlock',
        attrs: { language: 'json' },
        content: [t('{ "service": "정부24", "users": 1000 }')],
      },
      { type: 'horizontalRule' },
      h(2, 'Implementation plan and timeline'),
      {
        type: 'table',
        content: [
          row(header('Activity'), header('Responsible'), header('Start'), header('End')),
          row(cell('Needs assessment'), cell('행정안전부'), cell('2025-03'), cell('2025-04')),
          row(
            cell('Pilot and training', { colspan: 2 }),
            cell('2025-05'),
            cell('2026-02', { rowspan: 2 }),
          ),
          row(cell('Evaluation'), cell('NIA'), cell('2026-01')),
        ],
      },
      h(2, 'Budget and resources'),
      {
        type: 'table',
        content: [
          row(header('Item'), header('Amount (USD)')),
          row(cell('Training'), cell('40,000')),
          row(cell('Pilot'), cell('25,000')),
        ],
      },
      h(4, 'Note on funding'),
      p(t('Funded by KOICA and the Ministry of Finance.')),
    ],
  },
  comments: [
    {
      id: 'thread-1',
      planId: 'plan-fixture',
      anchor: { start: '', end: '' },
      quote: { exact: 'Train 40 officials in Seoul', prefix: '', suffix: '' },
      status: 'open',
      createdAt: '2025-06-01T10:00:00.000Z',
      createdBy: { id: 'm1', name: 'Kim Min-ji', role: 'mentor', team: null },
      resolvedAt: null,
      resolvedBy: null,
      comments: [
        {
          id: 'c1',
          threadId: 'thread-1',
          author: { id: 'm1', name: 'Kim Min-ji', role: 'mentor', team: null },
          body: '연수 인원을 확인해 주세요. Please confirm the number of trainees.',
          mentions: [],
          createdAt: '2025-06-01T10:00:00.000Z',
          editedAt: null,
        },
        {
          id: 'c2',
          threadId: 'thread-1',
          author: { id: 'd1', name: 'Ama Owusu', role: 'delegate', team: 'Ghana' },
          body: 'Confirmed: 40 officials.',
          mentions: [],
          createdAt: '2025-06-02T08:30:00.000Z',
          editedAt: '2025-06-02T08:35:00.000Z',
        },
      ],
    },
    {
      id: 'thread-2',
      planId: 'plan-fixture',
      anchor: { start: '', end: '' },
      quote: { exact: 'Needs assessment', prefix: '', suffix: '' },
      status: 'resolved',
      createdAt: '2025-05-20T09:00:00.000Z',
      createdBy: { id: 'm1', name: 'Kim Min-ji', role: 'mentor', team: null },
      resolvedAt: '2025-05-21T09:00:00.000Z',
      resolvedBy: { id: 'd1', name: 'Ama Owusu', role: 'delegate', team: 'Ghana' },
      comments: [
        {
          id: 'c3',
          threadId: 'thread-2',
          author: { id: 'm1', name: 'Kim Min-ji', role: 'mentor', team: null },
          body: 'Add who carries out the assessment.',
          mentions: [],
          createdAt: '2025-05-20T09:00:00.000Z',
          editedAt: null,
        },
      ],
    },
  ],
})

/**
 * A table whose cells claim spans of `span` columns and rows, as a hostile or broken writer
 * could have stored them before plans were bounded: for tests and benchmarks of how exports
 * bound what they walk. Its cells hold the words `wide`, `tall`, `both`, `plain`.
 */
export const createHostileSpanTable = (span: number): JSONContent => ({
  type: 'table',
  content: [
    row(cell('wide', { colspan: span }), cell('tall', { rowspan: span })),
    row(cell('both', { colspan: span, rowspan: span })),
    row(cell('plain')),
  ],
})
