import type { ExportFormat, MissingGlyph, ThreadView } from '@coplan/protocol'
import type { ExportFont, ExportMeta } from '@coplan/export'
import {
  EXPORT_FONTS,
  EXPORT_MONO_FONT,
  FontSet,
  exportFileName,
  findMissingGlyphs,
  toDocx,
  toHtml,
  toMarkdown,
} from '@coplan/export'
import { planDocToJSON } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { CourseStore } from '../course/CourseStore'
import { HttpError } from '../http/HttpError'
import type { VersionStore } from '../versions/VersionStore'
import { STATUS_LABELS } from '../workflow/planWorkflow'
import { CONTENT_TYPES } from './exportFormats'
import type { PdfPrinter } from './PdfPrinter'
import { printPlanPdf } from './printPlanPdf'

/** One state of one plan, ready to export: the document and what the cover says about it. */
export interface ExportInput {
  planId: string
  /** The version exported; null for the current text. */
  versionId: string | null
  doc: JSONContent
  meta: ExportMeta
  comments?: readonly ThreadView[]
}

export interface ExportFile {
  bytes: Uint8Array
  contentType: string
  fileName: string
  /** Characters the PDF fonts cannot draw (PDF and HTML exports only). */
  missingGlyphs: MissingGlyph[]
}

export interface PlanExporterOptions {
  course: CourseStore
  versions: VersionStore
  /** A plan's current body as ProseMirror JSON. */
  currentContent: (planId: string) => Promise<JSONContent>
  printer: PdfPrinter
  /** The fonts whose coverage the missing-glyph check asks about. */
  fonts?: readonly ExportFont[]
}

export const CURRENT_TEXT = 'Current text'

/**
 * Loads a plan's current text or a saved version with its metadata, and renders it in any
 * format. Decides nothing about who may export: the HTTP routes and the command line do.
 */
export class PlanExporter {
  readonly #options: PlanExporterOptions
  #fontSet: FontSet | null = null

  constructor(options: PlanExporterOptions) {
    this.#options = options
  }

  /** Throws 404 for an unknown plan, or a version that is not one of this plan's. */
  async input(
    planId: string,
    {
      versionId = null,
      comments,
    }: { versionId?: string | null; comments?: readonly ThreadView[] } = {},
  ): Promise<ExportInput> {
    const { course, versions } = this.#options
    const plan = course.findPlan(planId)
    if (!plan) throw new HttpError(404, 'plan_not_found', 'There is no plan with that id')
    let doc: JSONContent
    let version: { name: string; date: string; label: string }
    if (versionId) {
      const row = versions.find(versionId)
      const state = row?.plan_id === planId ? versions.state(versionId) : null
      if (!row || !state) {
        throw new HttpError(404, 'version_not_found', 'There is no such version of this plan')
      }
      const ydoc = new Y.Doc()
      Y.applyUpdate(ydoc, state)
      doc = planDocToJSON(ydoc)
      ydoc.destroy()
      version = { name: row.name, date: row.created_at, label: 'Saved' }
    } else {
      doc = await this.#options.currentContent(planId)
      version = { name: CURRENT_TEXT, date: plan.lastEditedAt, label: 'Last edited' }
    }
    return {
      planId,
      versionId,
      doc,
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

  async render(input: ExportInput, format: ExportFormat): Promise<ExportFile> {
    const { doc, meta } = input
    const options = { comments: input.comments }
    const file = (bytes: Uint8Array | string, missingGlyphs: MissingGlyph[] = []): ExportFile => ({
      bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
      contentType: CONTENT_TYPES[format],
      fileName: exportFileName(meta, format),
      missingGlyphs,
    })
    switch (format) {
      case 'docx':
        return file(await toDocx(doc, meta, options))
      case 'md':
        return file(toMarkdown(doc, meta, options))
      case 'html':
        return file(toHtml(doc, meta, options), this.#missingGlyphsIfFonts(input))
      case 'pdf': {
        const missing = this.missingGlyphs(input)
        return file(await printPlanPdf(this.#options.printer, doc, meta, options), missing)
      }
    }
  }

  /** The newest saved version of a plan, for the bundle's index. */
  latestVersion(planId: string): { name: string; createdAt: string } | null {
    const row = this.#options.versions.latest(planId)
    return row ? { name: row.name, createdAt: row.created_at } : null
  }

  /** Characters of the export that the PDF fonts cannot draw; 503 if the fonts are missing. */
  missingGlyphs(input: ExportInput): MissingGlyph[] {
    if (!this.#fontSet) {
      this.#options.printer.checkFonts()
      this.#fontSet = new FontSet(this.#options.fonts ?? [EXPORT_MONO_FONT, ...EXPORT_FONTS])
    }
    return findMissingGlyphs(input.doc, input.meta, this.#fontSet, { comments: input.comments })
  }

  // The HTML works without Coplan's fonts (a browser uses its own), so it never fails for them.
  #missingGlyphsIfFonts(input: ExportInput): MissingGlyph[] {
    try {
      return this.missingGlyphs(input)
    } catch (error) {
      if (error instanceof HttpError && error.status === 503) return []
      throw error
    }
  }
}
