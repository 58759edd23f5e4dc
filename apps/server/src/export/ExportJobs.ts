import { randomUUID } from 'node:crypto'
import type { BundleJob, BundleJobError } from '@coplan/protocol'
import { HttpError } from '../http/HttpError'
import type { Logger } from '../logger'
import type { BundleProgress } from './buildCourseBundle'

interface Job {
  view: BundleJob
  startedAtMs: number
  zip: Uint8Array | null
}

const jobError = (error: unknown): BundleJobError =>
  error instanceof HttpError
    ? { code: error.code, message: error.message }
    : { code: 'export_failed', message: error instanceof Error ? error.message : String(error) }

export interface ExportJobsOptions {
  /** Jobs, and their files, are forgotten this long after they started. */
  keepMs?: number
  now?: () => number
  /** Told about each bundle that failed. */
  logger?: Logger
}

/**
 * Course bundles built in the background, with progress to poll and the ZIP to download once
 * done. Held in memory by one instance per server: a restart forgets them, which is fine for
 * files that can be built again in a minute.
 */
export class ExportJobs {
  readonly #jobs = new Map<string, Job>()
  readonly #keepMs: number
  readonly #now: () => number
  readonly #logger: Logger | null

  constructor({ keepMs = 60 * 60_000, now = Date.now, logger }: ExportJobsOptions = {}) {
    this.#keepMs = keepMs
    this.#now = now
    this.#logger = logger ?? null
  }

  /**
   * Starts `build` and returns at once. `build` reports progress through its argument and
   * resolves with the ZIP; a rejection marks the job failed with the error's code (an
   * `HttpError`'s, else `export_failed`) and message.
   */
  start(
    build: (report: (progress: BundleProgress) => void) => Promise<{ zip: Uint8Array }>,
  ): BundleJob {
    this.#forgetOld()
    const startedAtMs = this.#now()
    const job: Job = {
      startedAtMs,
      zip: null,
      view: {
        id: randomUUID(),
        status: 'running',
        done: 0,
        total: 0,
        plans: [],
        createdAt: new Date(startedAtMs).toISOString(),
      },
    }
    this.#jobs.set(job.view.id, job)
    build((progress) => Object.assign(job.view, progress)).then(
      ({ zip }) => {
        job.zip = zip
        job.view.status = 'done'
      },
      (error: unknown) => {
        job.view.status = 'failed'
        job.view.error = jobError(error)
        // Closing the server fails running bundles; that is no fault to report.
        if (job.view.error.code !== 'shutting_down') {
          this.#logger?.error('A course bundle failed', { job: job.view.id, ...job.view.error })
        }
      },
    )
    return { ...job.view }
  }

  /** The job's state, or null if there is no such job (or it was forgotten). */
  get(id: string): BundleJob | null {
    this.#forgetOld()
    const job = this.#jobs.get(id)
    return job ? { ...job.view, plans: [...job.view.plans] } : null
  }

  /** The finished ZIP, or null while it is being built or if it failed. */
  zip(id: string): Uint8Array | null {
    return this.#jobs.get(id)?.zip ?? null
  }

  /** Drops every job (the server is closing). */
  clear(): void {
    this.#jobs.clear()
  }

  #forgetOld(): void {
    const oldest = this.#now() - this.#keepMs
    for (const [id, job] of this.#jobs) if (job.startedAtMs < oldest) this.#jobs.delete(id)
  }
}
