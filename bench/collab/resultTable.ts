export const median = (numbers: readonly number[]): number => {
  const sorted = numbers.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** A column: its title, how to format a value, and whether a ratio to Coplan makes sense. */
export interface Column {
  title: string
  digits: number
  ratio?: boolean
}

export interface Row {
  name: string
  /** NaN prints as "–" (not measured for this server). */
  values: number[]
}

const format = (value: number, digits: number): string =>
  Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })

/** A Markdown table, columns padded so it also reads well in a terminal. */
export const markdownTable = (columns: readonly Column[], rows: readonly Row[]): string => {
  const cells = [
    ['server', ...columns.map((column) => column.title)],
    ...rows.map((row) => [
      row.name,
      ...row.values.map((value, i) => format(value, columns[i]?.digits ?? 0)),
    ]),
  ]
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((line) => line[i]?.length ?? 0)))
  const line = (values: string[]): string =>
    `| ${values.map((value, i) => value.padEnd(widths?.[i] ?? 0)).join(' | ')} |`
  const [head = [], ...body] = cells
  return [
    line(head),
    line(head.map((_, i) => '-'.repeat(widths?.[i] ?? 0))),
    ...body.map(line),
  ].join('\n')
}

/** "Ratios to Coplan" lines: each other server's value divided by Coplan's, per ratio column. */
export const ratiosToCoplan = (columns: readonly Column[], rows: readonly Row[]): string => {
  const coplan = rows.find((row) => row.name === 'Coplan')
  if (!coplan) return ''
  const lines = rows
    .filter((row) => row !== coplan)
    .map((row) => {
      const ratios = columns.flatMap((column, i) => {
        const ours = coplan.values[i] as number
        const theirs = row.values[i] as number
        if (!column.ratio || Number.isNaN(ours) || Number.isNaN(theirs) || ours === 0) return []
        return [`${column.title} ×${(theirs / ours).toFixed(2)}`]
      })
      return ratios.length ? `  ${row.name}: ${ratios.join(', ')}` : ''
    })
    .filter(Boolean)
  return lines.length ? `Ratios to Coplan (theirs / Coplan's):\n${lines.join('\n')}` : ''
}
