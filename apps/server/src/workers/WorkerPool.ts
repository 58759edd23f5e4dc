import { Worker } from 'node:worker_threads'
import { HttpError } from '../http/HttpError'
import type { Logger } from '../logger'
import type { FromWorker, ToWorker } from './workerMessages'
import { fromWireError } from './workerMessages'

/** A job for a worker: plain data, told apart by `kind`; `planId` names it in the logs. */
export interface WorkerJob {
  kind: string
  planId?: string
}

export interface WorkerPoolOptions<J extends WorkerJob> {
  /** The TypeScript module each worker runs; it calls `serveJobs`. */
  entry: URL
  /** Passed to the worker module as `workerData.setup`. */
  setup?: unknown
  /** Workers at most; jobs beyond them wait in a queue. */
  size?: number
  /** A job running longer is stopped (its worker terminated) and fails with a 504. */
  timeoutMs?: number
  /** Heap a worker may use (V8's old generation); beyond it the job fails with a 503. */
  memoryMb?: number
  /** Jobs waiting at most; beyond them `run` fails at once with a 503. */
  maxQueued?: number
  /** A worker with nothing to do exits after this long; the next job starts one again. */
  idleMs?: number
  /**
   * Run the workers (and what they start, such as Chromium) at the lowest CPU priority, so they
   * use only CPU the main thread leaves (Linux; see `serveJobs`). On a machine kept busy by
   * something else, their jobs slow down and may reach the time limit instead.
   */
  background?: boolean
  /** How errors name a job to people: "This export", "Counting this plan's words". */
  describe: (job: J) => string
  logger: Logger
}

interface Task<J extends WorkerJob> {
  id: number
  job: J
  transfer: ArrayBuffer[]
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface Slot<J extends WorkerJob> {
  worker: Worker
  ready: boolean
  task: Task<J> | null
  /** Told to close (idle, or the pool closes): it takes no more jobs. */
  closing: boolean
  /** Why the worker is ending, once known (timed out, out of memory, crashed). */
  failure: Error | null
  timer: NodeJS.Timeout | null
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/**
 * Runs jobs in worker threads, off the event loop that serves editors: a few workers (started
 * on the first job, ended when idle), a bounded queue, and per job a time and a memory limit.
 * A job over either limit ends its worker (a new one takes the next job) and fails with an
 * `HttpError` saying so; nothing a job does can stop the process or delay the main thread
 * beyond posting its message. Results resolve `run`; a job's own error rejects it as thrown
 * (an `HttpError` with its status and code, anything else with the worker's stack).
 */
export class WorkerPool<J extends WorkerJob, R extends Record<J['kind'], unknown>> {
  readonly #options: Required<Omit<WorkerPoolOptions<J>, 'setup'>> & { setup: unknown }
  readonly #slots = new Set<Slot<J>>()
  readonly #queue: Task<J>[] = []
  #nextId = 1
  #closed = false

  constructor(options: WorkerPoolOptions<J>) {
    const {
      size = 1,
      timeoutMs = 120_000,
      memoryMb = 1024,
      maxQueued = 50,
      idleMs = 60_000,
      background = true,
      setup = null,
    } = options
    this.#options = { ...options, size, timeoutMs, memoryMb, maxQueued, idleMs, background, setup }
  }

  /** Workers running now (started and not ended). */
  get workers(): number {
    return this.#slots.size
  }

  /**
   * Runs `job` in a worker once one is free. `transfer`: buffers of the job's bytes to move to
   * the worker rather than copy (the caller's views of them become empty).
   */
  run<K extends J['kind']>(
    job: Extract<J, { kind: K }>,
    transfer: ArrayBuffer[] = [],
  ): Promise<R[K]> {
    if (this.#closed) {
      return Promise.reject(new HttpError(503, 'shutting_down', 'The server is shutting down'))
    }
    if (this.#queue.length >= this.#options.maxQueued) {
      return Promise.reject(
        new HttpError(
          503,
          'busy',
          `${this.#options.describe(job)} cannot start now: ${this.#options.maxQueued} other jobs are waiting; try again in a minute`,
        ),
      )
    }
    return new Promise<R[K]>((resolve, reject) => {
      this.#queue.push({
        id: this.#nextId++,
        job,
        transfer: [...new Set(transfer)],
        resolve: resolve as (v: unknown) => void,
        reject,
      })
      this.#pump()
    })
  }

  /** Fails waiting and running jobs with a 503 and ends every worker. */
  async close(): Promise<void> {
    this.#closed = true
    const closing = new HttpError(503, 'shutting_down', 'The server is shutting down')
    for (const task of this.#queue.splice(0)) task.reject(closing)
    await Promise.all(
      [...this.#slots].map((slot) => {
        const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()))
        slot.failure ??= closing
        if (slot.task || !slot.ready) void slot.worker.terminate()
        else this.#close(slot)
        // A worker that does not close in time (a browser that hangs) is ended.
        const force = setTimeout(() => void slot.worker.terminate(), 5000)
        return exited.finally(() => clearTimeout(force))
      }),
    )
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const idle = [...this.#slots].find((slot) => slot.ready && !slot.task && !slot.closing)
      if (idle) {
        this.#dispatch(idle, this.#queue.shift() as Task<J>)
        continue
      }
      if (this.#slots.size < this.#options.size) this.#start()
      return
    }
  }

  #start(): void {
    const { entry, setup, background, memoryMb } = this.#options
    const worker = new Worker(new URL('./tsWorker.mjs', import.meta.url), {
      workerData: { entry: entry.href, setup, background },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    })
    const slot: Slot<J> = {
      worker,
      ready: false,
      task: null,
      closing: false,
      failure: null,
      timer: null,
    }
    this.#slots.add(slot)
    worker.on('message', (message: FromWorker) => this.#receive(slot, message))
    worker.on('error', (error: Error & { code?: string }) => {
      const where = { plan: slot.task?.job.planId, job: slot.task?.job.kind }
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        slot.failure ??= this.#outOfMemory(slot)
        this.#options.logger.warn('A background job needed more memory than allowed', {
          ...where,
          memoryMb,
        })
        return
      }
      slot.failure ??= new HttpError(
        503,
        'worker_failed',
        slot.task
          ? `${this.#options.describe(slot.task.job)} failed: ${error.message}`
          : `Background work could not start: ${error.message}`,
      )
      this.#options.logger.error('A worker thread failed', {
        ...where,
        error: error.stack ?? error.message,
      })
    })
    worker.on('exit', (code) => this.#ended(slot, code))
  }

  #receive(slot: Slot<J>, message: FromWorker): void {
    if ('ready' in message) {
      slot.ready = true
      this.#rest(slot)
      return
    }
    const task = slot.task
    if (!task || task.id !== message.id) return
    this.#finish(slot)
    if (message.ok) task.resolve(message.value)
    else task.reject(fromWireError(message.error))
    this.#rest(slot)
  }

  #dispatch(slot: Slot<J>, task: Task<J>): void {
    slot.task = task
    if (slot.timer) clearTimeout(slot.timer)
    slot.worker.ref()
    slot.timer = setTimeout(() => this.#timeOut(slot), this.#options.timeoutMs)
    this.#post(slot, { id: task.id, job: task.job }, task.transfer)
  }

  /** Between jobs: the next one, or an idle worker that neither keeps the process up nor stays. */
  #rest(slot: Slot<J>): void {
    this.#pump()
    if (slot.task || slot.failure) return
    slot.worker.unref()
    slot.timer = setTimeout(() => this.#close(slot), this.#options.idleMs)
    slot.timer.unref()
  }

  #finish(slot: Slot<J>): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    slot.task = null
  }

  #timeOut(slot: Slot<J>): void {
    const task = slot.task
    if (!task) return
    const { describe, timeoutMs, logger } = this.#options
    slot.failure = new HttpError(
      504,
      'timeout',
      `${describe(task.job)} took too long (more than ${seconds(timeoutMs)}) and was stopped`,
    )
    logger.warn('A background job took too long and was stopped', {
      plan: task.job.planId,
      job: task.job.kind,
      timeoutMs,
    })
    void slot.worker.terminate()
  }

  #outOfMemory(slot: Slot<J>): HttpError {
    const { memoryMb, describe } = this.#options
    return new HttpError(
      503,
      'out_of_memory',
      slot.task
        ? `${describe(slot.task.job)} needed more memory than the ${memoryMb} MB allowed and was stopped`
        : `Background work could not start: it needs more memory than the ${memoryMb} MB allowed`,
    )
  }

  #ended(slot: Slot<J>, code: number): void {
    this.#slots.delete(slot)
    const task = slot.task
    this.#finish(slot)
    if (task) {
      task.reject(
        slot.failure ??
          new HttpError(
            503,
            'worker_failed',
            `${this.#options.describe(task.job)} stopped unexpectedly (exit code ${code})`,
          ),
      )
    } else if (!slot.ready && !this.#closed) {
      // It never started (a broken install): the jobs waiting for it would only start another.
      const failure =
        slot.failure ??
        new HttpError(503, 'worker_failed', `A worker thread exited at start (${code})`)
      for (const waiting of this.#queue.splice(0)) waiting.reject(failure)
    }
    if (!this.#closed) this.#pump()
  }

  #close(slot: Slot<J>): void {
    if (slot.closing) return
    slot.closing = true
    this.#post(slot, { close: true })
  }

  #post(slot: Slot<J>, message: ToWorker, transfer: ArrayBuffer[] = []): void {
    slot.worker.postMessage(message, transfer)
  }
}
