import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BundleJob, BundleJobError } from '@coplan/protocol'
import { DomainError } from '../errors'
import type { Logger } from '../logger'
import type { BundleProgress } from './buildCourseBundle'

interface Job {
  view: BundleJob
  startedAtMs: number
  /** The job's folder: the files being built, then the ZIP. */
  dir: string
  zipPath: string | null
}

const jobError = (error: unknown): BundleJobError =>
  error instanceof DomainError
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
 * done. Each job has a temporary folder for its files, removed when the job is forgotten or the
 * server closes. Held by one instance per server: a restart forgets them, which is fine for
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
   * Starts `build` and returns at once. `build` gets an empty folder of its own, reports
   * progress through `report` and resolves with the ZIP it wrote there; a rejection marks the
   * job failed with the error's code (a domain error's, else `export_failed`) and message.
   */
  start(
    build: (
      report: (progress: BundleProgress) => void,
      dir: string,
    ) => Promise<{ zipPath: string }>,
  ): BundleJob {
    this.#forgetOld()
    const startedAtMs = this.#now()
    const job: Job = {
      startedAtMs,
      dir: fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-bundle-')),
      zipPath: null,
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
    build((progress) => Object.assign(job.view, progress), job.dir).then(
      ({ zipPath }) => {
        job.zipPath = zipPath
        job.view.status = 'done'
      },
      (error: unknown) => {
        job.view.status = 'failed'
        job.view.error = jobError(error)
        fs.rmSync(job.dir, { recursive: true, force: true })
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

  /** The finished ZIP's path, or null while it is being built or if it failed. */
  zipPath(id: string): string | null {
    return this.#jobs.get(id)?.zipPath ?? null
  }

  /** Drops every job and its files (the server is closing). */
  clear(): void {
    for (const job of this.#jobs.values()) fs.rmSync(job.dir, { recursive: true, force: true })
    this.#jobs.clear()
  }

  #forgetOld(): void {
    const oldest = this.#now() - this.#keepMs
    for (const [id, job] of this.#jobs) {
      if (job.startedAtMs >= oldest) continue
      this.#jobs.delete(id)
      fs.rmSync(job.dir, { recursive: true, force: true })
    }
  }
}
