import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { diffPlans, diffText } from './planDiff'

const p = (text: string): JSONContent => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
})
const h2 = (text: string): JSONContent => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [{ type: 'text', text }],
})
const table = (...rows: string[][]): JSONContent => ({
  type: 'table',
  content: rows.map((row) => ({
    type: 'tableRow',
    content: row.map((cell) => ({ type: 'tableCell', content: [p(cell)] })),
  })),
})
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })

describe('diffText', () => {
  it('marks inserted and deleted words and joins back into both texts', () => {
    const segments = diffText('We will train 20 officials.', 'We will train 40 senior officials.')
    expect(segments).toEqual([
      { op: 'equal', text: 'We will train ' },
      { op: 'delete', text: '20' },
      { op: 'insert', text: '40 senior' },
      { op: 'equal', text: ' officials.' },
    ])
    const join = (keep: 'insert' | 'delete') =>
      segments
        .filter((s) => s.op !== keep)
        .map((s) => s.text)
        .join('')
    expect(join('insert')).toBe('We will train 20 officials.')
    expect(join('delete')).toBe('We will train 40 senior officials.')
  })
})

describe('diffPlans', () => {
  const before = doc(
    h2('Objectives'),
    p('Digitise the civil registry.'),
    p('Open ten service centres.'),
    h2('Budget and resources'),
    table(['Item', 'Amount'], ['Servers', '20,000']),
  )

  it('finds inserted, deleted and changed paragraphs, and changed table cells', () => {
    const after = doc(
      h2('Objectives'),
      p('Digitise the civil and land registries.'),
      p('Train 200 officials.'),
      h2('Budget and resources'),
      table(['Item', 'Amount'], ['Servers', '35,000']),
    )
    const { changes, sections } = diffPlans(before, after)
    const changed = changes
      .filter((c) => c.op !== 'equal')
      .map((c) => [c.op, c.block.kind, c.block.text])
    expect(changed).toEqual([
      ['change', 'paragraph', 'Digitise the civil and land registries.'],
      ['delete', 'paragraph', 'Open ten service centres.'],
      ['insert', 'paragraph', 'Train 200 officials.'],
      ['change', 'cell', '35,000'],
    ])
    const cell = changes.find((c) => c.op === 'change' && c.block.kind === 'cell')
    expect(cell?.op === 'change' && cell.segments).toEqual([
      { op: 'delete', text: '20,000' },
      { op: 'insert', text: '35,000' },
    ])
    expect(sections).toEqual([
      { section: 'Objectives', wordsAdded: 6, wordsRemoved: 5 },
      { section: 'Budget and resources', wordsAdded: 1, wordsRemoved: 1 },
    ])
  })

  it('reports nothing for identical documents', () => {
    const { changes, sections } = diffPlans(before, before)
    expect(changes.every((c) => c.op === 'equal')).toBe(true)
    expect(sections).toEqual([])
  })
})
