// What the export endpoints answer, as the server defines it (apps/server/src/export/ExportJobs.ts,
// buildCourseBundle.ts, @coplan/export's MissingGlyph). Mirrored here because the web app may
// not import the server or the export engine; these belong in @coplan/protocol.

/** The formats a plan exports to, in the order the dialog offers them. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const

export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A character that no export font can draw, and where it is. */
export interface MissingGlyph {
  char: string
  /** Like `U+1F600`. */
  codePoint: string
  /** The heading it is under, "Cover page", or the comments appendix (English, from the server). */
  section: string
}

/** What the course bundle did with one plan. */
export interface BundlePlan {
  planId: string
  country: string
  title: string
  /** The status's English label, e.g. "Final". */
  status: string
  included: boolean
  /** Why the plan was left out (English, from the server). */
  reason?: string
  missingGlyphs?: MissingGlyph[]
}

/** A course bundle being built, as `GET /api/exports/:jobId` reports it. */
export interface BundleJob {
  id: string
  status: 'running' | 'done' | 'failed'
  /** Plans handled so far, of `total` (0 of 0 until the job has counted them). */
  done: number
  total: number
  plans: BundlePlan[]
  error?: string
  createdAt: string
}
