import type { buildCourseBundle } from './buildCourseBundle'
import type { PdfPrinter } from './PdfPrinter'
import type { PlanExporter, PlanExporterOptions } from './PlanExporter'

/** The export machinery once loaded. */
export interface LoadedExportEngine {
  exporter: PlanExporter
  buildCourseBundle: typeof buildCourseBundle
}

/**
 * The exports (DOCX, PDF printed by Chromium, Markdown, HTML, the course bundle), loaded on
 * first use: their libraries (docx, pdf-lib, fontkit) are a third of an idle server's memory,
 * and most servers export a handful of times a course.
 */
export class ExportEngine {
  readonly #options: Omit<PlanExporterOptions, 'printer'>
  #loaded: Promise<LoadedExportEngine> | null = null
  #printer: PdfPrinter | null = null

  constructor(options: Omit<PlanExporterOptions, 'printer'>) {
    this.#options = options
  }

  load(): Promise<LoadedExportEngine> {
    if (!this.#loaded) {
      const loading = this.#import()
      // A failed load (a broken install) is tried again by the next export.
      loading.catch(() => {
        if (this.#loaded === loading) this.#loaded = null
      })
      this.#loaded = loading
    }
    return this.#loaded
  }

  /** Closes the PDF printer's browser, if an export started one. */
  async close(): Promise<void> {
    await this.#printer?.close()
  }

  async #import(): Promise<LoadedExportEngine> {
    const [{ PdfPrinter }, { PlanExporter }, bundle] = await Promise.all([
      import('./PdfPrinter'),
      import('./PlanExporter'),
      import('./buildCourseBundle'),
    ])
    this.#printer = new PdfPrinter()
    return {
      exporter: new PlanExporter({ ...this.#options, printer: this.#printer }),
      buildCourseBundle: bundle.buildCourseBundle,
    }
  }
}
