import type { ThreadView } from '@coplan/protocol'

/**
 * What an export says about the plan besides its text: the cover page, the file name, the PDF's
 * title. Everything an export shows comes from here or from the document, never from the clock
 * or the machine, so the same state and metadata export to the same file every time.
 */
export interface ExportMeta {
  course: string
  country: string
  title: string
  /** The plan's status as people read it, e.g. "Final". */
  status: string
  /** The saved version exported, or e.g. "Current text". */
  versionName: string
  /** ISO 8601: when the version was saved, or when the current text was last edited. */
  date: string
  /** How the cover labels `date`; defaults to "Date". */
  dateLabel?: string
}

/** What the exports of one plan may add to its text. */
export interface ExportOptions {
  /** Comment threads to list in an appendix; none when absent. */
  comments?: readonly ThreadView[]
}
