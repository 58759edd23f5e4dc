import type { Logger } from '../logger'
import type { buildCourseBundle } from './buildCourseBundle'
import type { PlanExporter, PlanExporterOptions } from './PlanExporter'

export interface ExportEngineOptions extends PlanExporterOptions {
  /** Told about each plan the course bundle could not export. */
  logger: Logger
}

/** The export machinery once loaded. */
export interface LoadedExportEngine {
  exporter: PlanExporter
  buildCourseBundle: typeof buildCourseBundle
}

/**
 * The exports (DOCX, PDF printed by Chromium, Markdown, HTML, the course bundle). Every file is
 * made by the plan workers of `options.workers`, which start on the first export and load the
 * export libraries (docx, pdf-lib, fontkit, playwright) there, never on the main thread.
 */
export class ExportEngine {
  readonly #options: ExportEngineOptions
  #loaded: Promise<LoadedExportEngine> | null = null

  constructor(options: ExportEngineOptions) {
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

  /** Ends the export workers (and the browser a worker started to print). */
  async close(): Promise<void> {
    await this.#options.workers.close()
  }

  async #import(): Promise<LoadedExportEngine> {
    const [{ PlanExporter }, bundle] = await Promise.all([
      import('./PlanExporter'),
      import('./buildCourseBundle'),
    ])
    const { logger } = this.#options
    return {
      exporter: new PlanExporter(this.#options),
      buildCourseBundle: (options) =>
        bundle.buildCourseBundle({
          onFailed: (planId, error) =>
            logger.warn('A plan of the course bundle could not be exported', {
              plan: planId,
              error: error instanceof Error ? error.message : String(error),
            }),
          ...options,
        }),
    }
  }
}
