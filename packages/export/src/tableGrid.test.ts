import { PLAN_LIMITS } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { tableGrid } from './tableGrid'

const cell = (text: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: 'tableCell',
  attrs: { colspan: 1, rowspan: 1, ...attrs },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const table = (...rows: JSONContent[][]): JSONContent => ({
  type: 'table',
  content: rows.map((content) => ({ type: 'tableRow', content })),
})
/** Each row as `text@column+colspan×rowspan`. */
const layout = (node: JSONContent): string[] =>
  tableGrid(node).cells.map((row) =>
    row
      .map(
        (p) => `${p.cell.content?.[0]?.content?.[0]?.text}@${p.column}+${p.colspan}×${p.rowspan}`,
      )
      .join(' '),
  )

describe('table grid', () => {
  it('places cells after the columns that cells from rows above span', () => {
    const grid = table(
      [cell('a', { rowspan: 2 }), cell('b', { colspan: 2 })],
      [cell('c'), cell('d')],
      [cell('e'), cell('f'), cell('g')],
    )
    expect(layout(grid)).toEqual(['a@0+1×2 b@1+2×1', 'c@1+1×1 d@2+1×1', 'e@0+1×1 f@1+1×1 g@2+1×1'])
    expect(tableGrid(grid).columns).toBe(3)
  })

  it('bounds spans of a million and 2^31 to the table and the plan limits, keeping every cell', () => {
    for (const huge of [1_000_000, 2 ** 31, Infinity, '1e400']) {
      const started = performance.now()
      const grid = table(
        [cell('wide', { colspan: huge }), cell('tall', { rowspan: huge })],
        [cell('x'), cell('y')],
        [cell('z', { colspan: huge, rowspan: huge })],
      )
      const { cells, columns } = tableGrid(grid)
      expect(performance.now() - started).toBeLessThan(200)
      expect(columns).toBe(PLAN_LIMITS.maxColspan + 1)
      expect(layout(grid)).toEqual([
        `wide@0+${PLAN_LIMITS.maxColspan}×1 tall@${PLAN_LIMITS.maxColspan}+1×3`,
        'x@0+1×1 y@1+1×1',
        `z@0+${PLAN_LIMITS.maxColspan}×1`,
      ])
      expect(cells.flat()).toHaveLength(5)
    }
  })

  it('reads spans that are not whole positive numbers as 1, fractions rounded down', () => {
    const grid = table([
      cell('a', { colspan: -3 }),
      cell('b', { colspan: 'two' }),
      cell('c', { colspan: 2.9 }),
      cell('d', { colspan: null, rowspan: 0 }),
    ])
    expect(layout(grid)).toEqual(['a@0+1×1 b@1+1×1 c@2+2×1 d@4+1×1'])
  })

  it('ends a rowspan at the row whose own cells it would push past the table or overlap', () => {
    // Two rows of rowspans, then a full row: the spans end before it instead of widening it.
    const grid = table(
      [cell('a', { rowspan: 3 }), cell('b', { rowspan: 3 })],
      [cell('c'), cell('d')],
      [cell('e'), cell('f')],
    )
    expect(layout(grid)).toEqual(['a@0+1×1 b@1+1×1', 'c@0+1×1 d@1+1×1', 'e@0+1×1 f@1+1×1'])
    expect(tableGrid(grid).columns).toBe(2)
  })

  it('stays within rows × columns for a table of rowspans that each push the next row right', () => {
    const rows = 2000
    const grid = table(
      ...Array.from({ length: rows }, (_, r) =>
        Array.from({ length: 8 }, (_, c) =>
          cell(`${r}.${c}`, { colspan: PLAN_LIMITS.maxColspan, rowspan: rows }),
        ),
      ),
    )
    const started = performance.now()
    const { cells, columns } = tableGrid(grid)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(columns).toBe(8 * PLAN_LIMITS.maxColspan)
    expect(cells.flat()).toHaveLength(rows * 8)
    expect(Math.max(...cells.flat().map((p) => p.column + p.colspan))).toBe(columns)
  })
})
