import type { ExportFont, ExportMeta, BundleEntry } from '@coplan/export'
import type { ExportFormat, MissingGlyph, ThreadView } from '@coplan/protocol'
import type { PlanStats } from '@coplan/schema'
import type { PdfPrinterOptions } from './PdfPrinter'

/**
 * The jobs the plan workers do (planWorker.ts): every walk over a whole plan that exports,
 * versions and the dashboard need. A worker reads the plan's state from the database itself,
 * so the server's thread neither reads nor copies it; it only applies what comes back.
 */

/**
 * Where a plan's state comes from: the plan as stored (the server stores an open room's
 * pending turn before it asks), a saved version, or Yjs updates given with the job.
 */
export type PlanSource = { stored: true } | { versionId: string } | { updates: Uint8Array[] }

/** One plan's state, for a job. */
export interface PlanState {
  planId: string
  source: PlanSource
}

/** One plan's text, its metadata and the comment threads to append. */
export interface PlanExportSource extends PlanState {
  meta: ExportMeta
  comments?: readonly ThreadView[]
}

export interface RenderedFile {
  bytes: Uint8Array
  fileName: string
  /** Characters the PDF fonts cannot draw (PDF and HTML exports only). */
  missingGlyphs: MissingGlyph[]
}

/** A file of the course bundle, written by a worker into the bundle's folder. */
export interface BundleFile {
  fileName: string
  path: string
  missingGlyphs: MissingGlyph[]
}

/** A plan of the course bundle as the packing job reads it: its index row and its files. */
export interface BundlePlanFiles {
  row: BundleEntry['row']
  files: BundleFile[]
}

export type PlanJob =
  | ({ kind: 'stats' } & PlanState)
  | ({ kind: 'versionState' } & PlanState)
  | ({ kind: 'contentJson' } & PlanState)
  | { kind: 'restoreUpdate'; planId: string; current: PlanSource; version: PlanSource }
  | ({ kind: 'render'; format: ExportFormat } & PlanExportSource)
  | ({ kind: 'glyphs' } & PlanExportSource)
  | ({ kind: 'bundlePlan'; dir: string } & PlanExportSource)
  | { kind: 'packBundle'; planId?: undefined; plans: BundlePlanFiles[]; zipPath: string }

export interface PlanJobResults {
  /** The dashboard figures. */
  stats: PlanStats
  /** The state as one update, to keep as a version, and its figures. */
  versionState: { state: Uint8Array; stats: PlanStats }
  /** The plan body as ProseMirror JSON, serialised (a saved version, read-only). */
  contentJson: string
  /** The Yjs update that makes `current` hold the text of `version`, as one change. */
  restoreUpdate: Uint8Array
  render: RenderedFile
  /** What `/export/check` reports; `Unavailable` when the PDF fonts are missing. */
  glyphs: MissingGlyph[]
  /**
   * A final plan for the course bundle: its DOCX and PDF written into `dir` (bundles are large,
   * so their bytes go through files rather than the server's memory), and its word count.
   */
  bundlePlan: { files: BundleFile[]; wordCount: number }
  /** The bundle's ZIP written at `zipPath` from its plans' files (removed once packed). */
  packBundle: { bytes: number }
}

/** What the workers are started with (tests point them at a missing Chromium or fonts). */
export interface PlanWorkerSetup {
  /** The folder of the database, which workers read plans and versions from. */
  dataDir?: string
  /**
   * Load the export libraries when the worker starts, so that an export's time limit counts
   * its own work rather than loading docx, pdf-lib and playwright.
   */
  preloadExports?: boolean
  printer?: Omit<PdfPrinterOptions, 'idleCloseMs'>
  /** The fonts whose coverage the missing-glyph check asks about. */
  fonts?: readonly ExportFont[]
}
