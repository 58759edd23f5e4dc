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

/**
 * The cells of a ProseMirror table with the grid column each starts in. A cell spanning rows
 * is only in the JSON of its first row; later rows skip the columns it covers, so formats
 * without spans (Markdown, CSV) must know where each cell really is.
 */
export const tableGrid = (table: JSONContent): { cells: GridCell[][]; columns: number } => {
  const covered = new Set<string>()
  let columns = 0
  const cells = childrenOf(table).map((row, rowIndex) => {
    let column = 0
    return childrenOf(row).map((cell) => {
      while (covered.has(`${rowIndex}:${column}`)) column++
      const colspan = Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1)
      const rowspan = Math.max(1, Number(cell.attrs?.rowspan ?? 1) || 1)
      for (let r = 0; r < rowspan; r++) {
        for (let c = 0; c < colspan; c++) covered.add(`${rowIndex + r}:${column + c}`)
      }
      const placed: GridCell = {
        cell,
        row: rowIndex,
        column,
        colspan,
        rowspan,
        header: cell.type === 'tableHeader',
      }
      column += colspan
      columns = Math.max(columns, column)
      return placed
    })
  })
  return { cells, columns }
}

/** Whether a row holds only header cells, so it can repeat at the top of each page. */
export const isHeaderRow = (row: JSONContent): boolean =>
  childrenOf(row).length > 0 && childrenOf(row).every((cell) => cell.type === 'tableHeader')
