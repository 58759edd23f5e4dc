import fs from 'node:fs'
import path from 'node:path'
import type { FontSet } from '@coplan/export'
import type { ExportFormat, MissingGlyph } from '@coplan/protocol'
import {
  PLAN_BODY_FIELD,
  countWords,
  createPlanSchema,
  plainTextOf,
  planBodyNode,
  planDocToJSON,
  planStats,
} from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import { updateYFragment } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { Unavailable } from '../errors'
import type { JobHandler } from '../workers/serveJobs'
import type { PdfPrinter } from './PdfPrinter'
import { PlanStateReader } from './PlanStateReader'
import type {
  BundleFile,
  BundlePlanFiles,
  PlanExportSource,
  PlanSource,
  PlanJob,
  PlanJobResults,
  PlanState,
  PlanWorkerSetup,
  RenderedFile,
} from './planJobs'

/** `read` of a Y.Doc holding the updates. */
const withDoc = <T>(updates: readonly Uint8Array[], read: (doc: Y.Doc) => T): T => {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    return read(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * What a restore changes: the body of `current` made the body of `version`, by the editor's own
 * binding (so unchanged text keeps its identity and collaborators' carets), as one update.
 */
const restoreUpdate = (current: Uint8Array[], version: Uint8Array[]): Uint8Array => {
  const target = new Y.Doc()
  const doc = new Y.Doc()
  try {
    target.transact(() => {
      for (const update of version) Y.applyUpdate(target, update)
    })
    const node = planBodyNode(target, createPlanSchema())
    doc.transact(() => {
      for (const update of current) Y.applyUpdate(doc, update)
    })
    const before = Y.encodeStateVector(doc)
    doc.transact(() =>
      updateYFragment(doc, doc.getXmlFragment(PLAN_BODY_FIELD), node, {
        mapping: new Map(),
        isOMark: new Map(),
      }),
    )
    return Y.encodeStateAsUpdate(doc, before)
  } finally {
    target.destroy()
    doc.destroy()
  }
}

// The export libraries (docx, pdf-lib, fontkit, playwright) load on a worker's first export:
// a worker that only counts words stays small.
const loadExports = async () => {
  const [exports, { PdfPrinter }, { printPlanPdf }] = await Promise.all([
    import('@coplan/export'),
    import('./PdfPrinter'),
    import('./printPlanPdf'),
  ])
  return { ...exports, PdfPrinter, printPlanPdf }
}
type Exports = Awaited<ReturnType<typeof loadExports>>

/**
 * Does the plan jobs of planJobs.ts in a worker process: the plan's state to ProseMirror JSON,
 * then statistics or an export. Keeps what is slow to open between jobs: the PDF printer (and
 * its Chromium) and the fonts of the missing-glyph check.
 */
export class PlanJobRunner implements JobHandler {
  readonly #setup: PlanWorkerSetup
  #exports: Promise<Exports> | null = null
  #printer: PdfPrinter | null = null
  #fontSet: FontSet | null = null
  #reader: PlanStateReader | null = null

  readonly ready: Promise<void> | undefined

  constructor(setup: PlanWorkerSetup = {}) {
    this.#setup = setup
    if (setup.preloadExports) this.ready = this.#load().then(() => undefined)
  }

  async run(job: unknown): Promise<unknown> {
    return this.#run(job as PlanJob)
  }

  async close(): Promise<void> {
    this.#reader?.close()
    await this.#printer?.close()
  }

  /** The Yjs updates of a plan's state, read from the database unless given. */
  #updates(planId: string, source: PlanSource): Uint8Array[] {
    if ('updates' in source) return source.updates
    const { dataDir } = this.#setup
    if (!dataDir) throw new Error('This worker was given no database to read plans from')
    this.#reader ??= new PlanStateReader(dataDir)
    return this.#reader.updates(planId, source)
  }

  #doc(state: PlanState): JSONContent {
    return withDoc(this.#updates(state.planId, state.source), planDocToJSON)
  }

  async #run(job: PlanJob): Promise<PlanJobResults[PlanJob['kind']]> {
    switch (job.kind) {
      case 'stats':
        return planStats(this.#doc(job))
      case 'versionState':
        return withDoc(this.#updates(job.planId, job.source), (doc) => ({
          state: Y.encodeStateAsUpdate(doc),
          stats: planStats(planDocToJSON(doc)),
        }))
      case 'contentJson':
        return JSON.stringify(this.#doc(job))
      case 'restoreUpdate':
        return restoreUpdate(
          this.#updates(job.planId, job.current),
          this.#updates(job.planId, job.version),
        )
      case 'render':
        return this.#render(job, this.#doc(job), job.format)
      case 'glyphs':
        return this.#missingGlyphs(job, this.#doc(job))
      case 'bundlePlan': {
        const doc = this.#doc(job)
        // Counted here only: segmenting Thai or Korean into words takes a while on a long plan.
        const wordCount = countWords(plainTextOf(doc))
        const files: BundleFile[] = []
        for (const format of ['docx', 'pdf'] as const) {
          const { bytes, fileName, missingGlyphs } = await this.#render(job, doc, format)
          const file = path.join(job.dir, `${job.planId}.${format}`)
          await fs.promises.writeFile(file, bytes)
          files.push({ fileName, path: file, missingGlyphs })
        }
        return { files, wordCount }
      }
      case 'packBundle':
        return this.#packBundle(job.plans, job.zipPath)
    }
  }

  async #render(
    source: PlanExportSource,
    doc: JSONContent,
    format: ExportFormat,
  ): Promise<RenderedFile> {
    const { meta } = source
    const options = { comments: source.comments }
    const exports = await this.#load()
    const file = (bytes: Uint8Array | string, missingGlyphs: MissingGlyph[] = []) => ({
      bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
      fileName: exports.exportFileName(meta, format),
      missingGlyphs,
    })
    switch (format) {
      case 'docx':
        return file(await exports.toDocx(doc, meta, options))
      case 'md':
        return file(exports.toMarkdown(doc, meta, options))
      case 'html':
        return file(
          exports.toHtml(doc, meta, options),
          await this.#missingGlyphsIfFonts(source, doc),
        )
      case 'pdf': {
        const missing = await this.#missingGlyphs(source, doc)
        return file(
          await exports.printPlanPdf(this.#printerOf(exports), doc, meta, options),
          missing,
        )
      }
    }
  }

  async #packBundle(plans: BundlePlanFiles[], zipPath: string): Promise<{ bytes: number }> {
    const entries = await Promise.all(
      plans.map(async ({ row, files }) => ({
        row,
        files: await Promise.all(
          files.map(async (file) => ({
            fileName: file.fileName,
            bytes: new Uint8Array(await fs.promises.readFile(file.path)),
          })),
        ),
      })),
    )
    const zip = (await this.#load()).packCourseBundle(entries)
    await fs.promises.writeFile(zipPath, zip)
    for (const { files } of plans) for (const file of files) await fs.promises.rm(file.path)
    return { bytes: zip.length }
  }

  /** Characters of the export that the PDF fonts cannot draw; `Unavailable` without the fonts. */
  async #missingGlyphs(source: PlanExportSource, doc: JSONContent): Promise<MissingGlyph[]> {
    const exports = await this.#load()
    if (!this.#fontSet) {
      this.#printerOf(exports).checkFonts()
      const fonts = this.#setup.fonts ?? [exports.EXPORT_MONO_FONT, ...exports.EXPORT_FONTS]
      this.#fontSet = new exports.FontSet(fonts)
    }
    return exports.findMissingGlyphs(doc, source.meta, this.#fontSet, {
      comments: source.comments,
    })
  }

  // The HTML works without Coplan's fonts (a browser uses its own), so it never fails for them.
  async #missingGlyphsIfFonts(source: PlanExportSource, doc: JSONContent) {
    try {
      return await this.#missingGlyphs(source, doc)
    } catch (error) {
      if (error instanceof Unavailable) return []
      throw error
    }
  }

  #printerOf(exports: Exports): PdfPrinter {
    this.#printer ??= new exports.PdfPrinter(this.#setup.printer)
    return this.#printer
  }

  #load(): Promise<Exports> {
    if (!this.#exports) {
      const loading = loadExports()
      // A failed load (a broken install) is tried again by the next job.
      loading.catch(() => {
        if (this.#exports === loading) this.#exports = null
      })
      this.#exports = loading
    }
    return this.#exports
  }
}
