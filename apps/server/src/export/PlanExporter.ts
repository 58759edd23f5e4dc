import type { ExportFormat, MissingGlyph, ThreadView } from '@coplan/protocol'
import type { CourseStore } from '../course/CourseStore'
import { NotFound } from '../errors'
import type { VersionStore } from '../versions/VersionStore'
import { STATUS_LABELS } from '../workflow/planWorkflow'
import { CONTENT_TYPES } from './exportFormats'
import type {
  BundlePlanFiles,
  PlanExportSource,
  PlanJobResults,
  PlanSource,
  RenderedFile,
} from './planJobs'
import type { PlanWorkers } from './PlanWorkers'

/** One state of one plan, ready to export: its Yjs updates and what the cover says about it. */
export interface ExportInput extends PlanExportSource {
  /** The version exported; null for the current text. */
  versionId: string | null
}

export interface ExportFile extends RenderedFile {
  contentType: string
}

export interface PlanExporterOptions {
  course: CourseStore
  versions: VersionStore
  /**
   * Where a plan's current text comes from: the server stores an open room's pending turn and
   * answers `{ stored: true }`, which the worker reads from the database itself.
   */
  currentSource: (planId: string) => Promise<PlanSource>
  workers: PlanWorkers
}

const source = ({ planId, source, meta, comments }: ExportInput): PlanExportSource => ({
  planId,
  source,
  meta,
  comments,
})

export const CURRENT_TEXT = 'Current text'

/**
 * Finds a plan's current text or a saved version with its metadata, and has a worker process
 * read and render it in any format. Decides nothing about who may
 * export: the HTTP routes and the command line do.
 */
export class PlanExporter {
  readonly #options: PlanExporterOptions

  constructor(options: PlanExporterOptions) {
    this.#options = options
  }

  /** Throws `NotFound` for an unknown plan, or a version that is not one of this plan's. */
  async input(
    planId: string,
    {
      versionId = null,
      comments,
    }: { versionId?: string | null; comments?: readonly ThreadView[] } = {},
  ): Promise<ExportInput> {
    const { course, versions } = this.#options
    const plan = course.findPlan(planId)
    if (!plan) throw new NotFound('plan_not_found', 'There is no plan with that id')
    let source: PlanSource
    let version: { name: string; date: string; label: string }
    if (versionId) {
      const row = versions.find(versionId)
      if (row?.plan_id !== planId) {
        throw new NotFound('version_not_found', 'There is no such version of this plan')
      }
      source = { versionId }
      version = { name: row.name, date: row.created_at, label: 'Saved' }
    } else {
      source = await this.#options.currentSource(planId)
      version = { name: CURRENT_TEXT, date: plan.lastEditedAt, label: 'Last edited' }
    }
    return {
      planId,
      versionId,
      source,
      comments,
      meta: {
        course: course.courseName() ?? 'Coplan',
        country: plan.team.country,
        title: plan.title,
        status: STATUS_LABELS[plan.status],
        versionName: version.name,
        date: version.date,
        dateLabel: version.label,
      },
    }
  }

  /** The file, made by a worker; fails as the worker pool says (time or memory limit). */
  async render(input: ExportInput, format: ExportFormat): Promise<ExportFile> {
    const file = await this.#options.workers.run({ kind: 'render', format, ...source(input) })
    return { ...file, contentType: CONTENT_TYPES[format] }
  }

  /** A final plan for the course bundle: its DOCX and PDF written into `dir`, its word count. */
  bundlePlan(input: ExportInput, dir: string): Promise<PlanJobResults['bundlePlan']> {
    return this.#options.workers.run({ kind: 'bundlePlan', dir, ...source(input) })
  }

  /** The course bundle's ZIP of these plans' files and its index, written at `zipPath`. */
  packBundle(plans: BundlePlanFiles[], zipPath: string): Promise<PlanJobResults['packBundle']> {
    return this.#options.workers.run({ kind: 'packBundle', plans, zipPath })
  }

  /** The newest saved version of a plan, for the bundle's index. */
  latestVersion(planId: string): { name: string; createdAt: string } | null {
    const row = this.#options.versions.latest(planId)
    return row ? { name: row.name, createdAt: row.created_at } : null
  }

  /** Characters of the export that the PDF fonts cannot draw; `Unavailable` without the fonts. */
  missingGlyphs(input: ExportInput): Promise<MissingGlyph[]> {
    return this.#options.workers.run({ kind: 'glyphs', ...source(input) })
  }
}
