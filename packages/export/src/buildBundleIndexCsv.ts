/** One plan in the course bundle's index. */
export interface BundleIndexRow {
  country: string
  /** ISO 3166-1 alpha-2 code of the team. */
  countryCode: string
  title: string
  status: string
  /** The version exported, or why none was. */
  version: string
  /** ISO 8601. */
  lastEdited: string
  wordCount: number
  included: boolean
  /** Why a plan was left out, e.g. that it is not final. */
  reason?: string
  /** Paths of the plan's files inside the bundle. */
  files: string[]
}

const COLUMNS = [
  'team',
  'country code',
  'plan title',
  'status',
  'version',
  'last edited',
  'word count',
  'included',
  'reason',
  'files',
]

// A cell starting with one of these is run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/

const cell = (value: string | number): string => {
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The bundle's `index.csv`: every plan of the course, included or not, one row each (RFC 4180,
 * CRLF). It starts with a byte order mark because Excel, which is how ministries open it,
 * reads a CSV without one in the local code page and garbles Korean titles.
 */
export const buildBundleIndexCsv = (rows: readonly BundleIndexRow[]): string =>
  '\uFEFF' +
  [
    COLUMNS.join(','),
    ...rows.map((row) =>
      [
        row.country,
        row.countryCode,
        row.title,
        row.status,
        row.version,
        row.lastEdited,
        row.wordCount,
        row.included ? 'yes' : 'no',
        row.reason ?? '',
        row.files.join('; '),
      ]
        .map(cell)
        .join(','),
    ),
  ]
    .map((line) => `${line}\r\n`)
    .join('')
