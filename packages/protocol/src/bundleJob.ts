import type { PlanStatus } from './planStatus'
import type { MissingGlyph } from './missingGlyph'

/** Why the course bundle left a plan out: it is not final, or exporting it failed. */
export type BundleSkipReason = 'not_final' | 'export_failed'

/** What the course bundle did with one plan. */
export interface BundlePlan {
  planId: string
  /** The team's country as the course names it; `countryCode` lets the UI name it itself. */
  country: string
  /** ISO 3166-1 alpha-2. */
  countryCode: string
  title: string
  status: PlanStatus
  included: boolean
  /** Why the plan was left out; absent when it is included. */
  reason?: BundleSkipReason
  /**
   * With `export_failed`: the error's own message, for whoever runs the server. Technical
   * (English); the UI words the reason itself and shows this only as a detail.
   */
  detail?: string
  /** Characters its PDF could not draw. */
  missingGlyphs?: MissingGlyph[]
}

/**
 * Why a whole bundle failed, as an API error says it: `code` for the UI to translate (e.g.
 * `pdf_unavailable`), `message` the server's English, with what to install.
 */
export interface BundleJobError {
  code: string
  message: string
}

/** A course bundle being built, as `GET /api/exports/:jobId` reports it. */
export interface BundleJob {
  id: string
  status: 'running' | 'done' | 'failed'
  /** Plans handled so far, of `total` (0 of 0 until the job has counted them). */
  done: number
  total: number
  plans: BundlePlan[]
  /** Set when `status` is `failed`. */
  error?: BundleJobError
  createdAt: string
}
