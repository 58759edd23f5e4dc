import { PLAN_LIMITS } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import { childrenOf } from './planNodes'

/** A cell placed on the table's grid. */
export interface GridCell {
  cell: JSONContent
  row: number
  column: number
  colspan: number
  rowspan: number
  header: boolean
}

/** A span attribute as a whole number from 1 to `max`: a stored plan may hold anything there. */
const spanOf = (value: unknown, max: number): number => {
  const span = Number(value ?? 1)
  return span >= 1 ? Math.min(Math.floor(span), max) : 1
}

/**
 * The cells of a ProseMirror table with the grid column each starts in. A cell spanning rows
 * is only in the JSON of its first row; later rows skip the columns it covers, so formats
 * without spans (Markdown, CSV) must know where each cell really is.
 *
 * Spans are read as a stored plan may hold them, hostile or broken, and bounded so the grid
 * costs at most rows × columns of work: a colspan to `PLAN_LIMITS.maxColspan`, a rowspan to the
 * rows left in the table (and `maxRowspan`), the table to as many columns as its widest row's
 * own cells span. Where cells spanning rows from above would push a row's own cells past that
 * width, or overlap them, those spans end at the row before: every cell keeps its place and
 * text, and no cell overlaps another.
 */
export const tableGrid = (table: JSONContent): { cells: GridCell[][]; columns: number } => {
  const rows = childrenOf(table)
  const colspans = rows.map((row) =>
    childrenOf(row).map((cell) => spanOf(cell.attrs?.colspan, PLAN_LIMITS.maxColspan)),
  )
  let columns = 0
  for (const spans of colspans)
    columns = Math.max(
      columns,
      spans.reduce((a, b) => a + b, 0),
    )
  // Per column: the row its covering cell (from a row above) ends before, and that cell.
  const coveredUntil = new Array<number>(columns).fill(0)
  const coveredBy = new Array<GridCell | undefined>(columns)
  const cells = rows.map((row, r) => {
    const own = childrenOf(row)
    const spans = colspans[r] ?? []
    const starts = placeRow(spans, (column) => (coveredUntil[column] as number) > r, columns)
    let placedStarts = starts
    if (!placedStarts) {
      for (let column = 0; column < columns; column++) {
        const cover = coveredBy[column]
        if (cover && (coveredUntil[column] as number) > r) cover.rowspan = r - cover.row
        coveredUntil[column] = r
      }
      placedStarts = placeRow(spans, () => false, columns) as number[]
    }
    return own.map((cell, i) => {
      const colspan = spans[i] as number
      const column = placedStarts[i] as number
      const placed: GridCell = {
        cell,
        row: r,
        column,
        colspan,
        rowspan: spanOf(cell.attrs?.rowspan, Math.min(PLAN_LIMITS.maxRowspan, rows.length - r)),
        header: cell.type === 'tableHeader',
      }
      for (let c = column; c < column + colspan; c++) {
        coveredUntil[c] = r + placed.rowspan
        coveredBy[c] = placed
      }
      return placed
    })
  })
  return { cells, columns }
}

/**
 * The start column of each of a row's cells, left to right, skipping covered columns; null if
 * a cell would overlap a covered column or end past `columns`.
 */
const placeRow = (
  colspans: readonly number[],
  covered: (column: number) => boolean,
  columns: number,
): number[] | null => {
  const starts: number[] = []
  let column = 0
  for (const colspan of colspans) {
    while (column < columns && covered(column)) column++
    if (column + colspan > columns) return null
    for (let c = column; c < column + colspan; c++) if (covered(c)) return null
    starts.push(column)
    column += colspan
  }
  return starts
}

/** Whether a row holds only header cells, so it can repeat at the top of each page. */
export const isHeaderRow = (row: JSONContent): boolean =>
  childrenOf(row).length > 0 && childrenOf(row).every((cell) => cell.type === 'tableHeader')
