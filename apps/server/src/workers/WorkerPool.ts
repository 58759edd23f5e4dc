import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { TimedOut, Unavailable } from '../errors'
import type { Logger } from '../logger'
import type { FromWorker, ToWorker } from './workerMessages'
import { fromWireError } from './workerMessages'

/** A job for a worker: plain data, told apart by `kind`; `planId` names it in the logs. */
export interface WorkerJob {
  kind: string
  planId?: string
}

export interface WorkerPoolOptions<J extends WorkerJob> {
  /** The TypeScript module each worker process runs; it calls `serveJobs`. */
  entry: URL
  /** Handed to the worker module's handler (JSON). */
  setup?: unknown
  /** Workers at most; jobs beyond them wait in a queue. */
  size?: number
  /** A job running longer is stopped (its worker killed) and fails with a 504. */
  timeoutMs?: number
  /** Heap a worker may use (V8's old generation); beyond it the job fails (`Unavailable`). */
  memoryMb?: number
  /** Jobs waiting at most; beyond them `run` fails at once (`Unavailable`). */
  maxQueued?: number
  /** A worker with nothing to do exits after this long; the next job starts one again. */
  idleMs?: number
  /**
   * Run the workers (and what they start, such as Chromium) at the lowest CPU priority, so they
   * use only CPU the server's own process leaves (Linux; see `serveJobs`). On a machine kept
   * busy by something else, their jobs slow down and may reach the time limit instead.
   */
  background?: boolean
  /** How errors name a job to people: "This export", "Counting this plan's words". */
  describe: (job: J) => string
  logger: Logger
}

interface Task<J extends WorkerJob> {
  id: number
  job: J
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface Slot<J extends WorkerJob> {
  child: ChildProcess
  ready: boolean
  task: Task<J> | null
  /** Told to close (idle, or the pool closes): it takes no more jobs. */
  closing: boolean
  /** Why the worker is ending, once known (timed out, crashed). */
  failure: Error | null
  timer: NodeJS.Timeout | null
  /** The end of what the worker wrote to standard error: says if it ran out of memory. */
  stderrTail: string
}

// Workers load TypeScript as the server does (`node --import tsx`), wherever the pool runs.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const OUT_OF_MEMORY = /out of memory|\bOOM\b|Allocation failed/i
const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/**
 * Runs jobs in worker processes, off the event loop that serves editors: a few workers (started
 * on the first job, ended when idle), a bounded queue, and per job a time and a memory limit.
 * A job over either limit ends its worker (a new one takes the next job) and fails with a
 * `TimedOut` or `Unavailable` error saying so; nothing a job does can stop the server or take
 * its CPU, as a worker's heap, garbage collector threads and children are all its own (threads
 * would share the collector's). Results resolve `run`; a job's own error rejects it as thrown
 * (a domain error of its class with its code, anything else with the worker's stack).
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

  /** Process ids of the workers running now. */
  get pids(): number[] {
    return [...this.#slots].flatMap((slot) => slot.child.pid ?? [])
  }

  /** Runs `job` in a worker once one is free. */
  run<K extends J['kind']>(job: Extract<J, { kind: K }>): Promise<R[K]> {
    if (this.#closed) {
      return Promise.reject(new Unavailable('shutting_down', 'The server is shutting down'))
    }
    if (this.#queue.length >= this.#options.maxQueued) {
      return Promise.reject(
        new Unavailable(
          'busy',
          `${this.#options.describe(job)} cannot start now: ${this.#options.maxQueued} other jobs are waiting; try again in a minute`,
        ),
      )
    }
    return new Promise<R[K]>((resolve, reject) => {
      this.#queue.push({
        id: this.#nextId++,
        job,
        resolve: resolve as (v: unknown) => void,
        reject,
      })
      this.#pump()
    })
  }

  /** Fails waiting and running jobs (`Unavailable`, shutting down) and ends every worker. */
  async close(): Promise<void> {
    this.#closed = true
    const closing = new Unavailable('shutting_down', 'The server is shutting down')
    for (const task of this.#queue.splice(0)) task.reject(closing)
    await Promise.all(
      [...this.#slots].map((slot) => {
        const ended = new Promise<void>((resolve) => slot.child.once('close', () => resolve()))
        slot.failure ??= closing
        if (slot.task || !slot.ready) slot.child.kill('SIGKILL')
        else this.#close(slot)
        // A worker that does not close in time (a browser that hangs) is killed.
        const force = setTimeout(() => slot.child.kill('SIGKILL'), 5000)
        return ended.finally(() => clearTimeout(force))
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
    const child = fork(fileURLToPath(entry), [JSON.stringify({ setup, background })], {
      execArgv: ['--import', TSX, `--max-old-space-size=${memoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    })
    const slot: Slot<J> = {
      child,
      ready: false,
      task: null,
      closing: false,
      failure: null,
      timer: null,
      stderrTail: '',
    }
    this.#slots.add(slot)
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk)
      slot.stderrTail = (slot.stderrTail + chunk.toString()).slice(-4096)
    })
    child.on('message', (message: FromWorker) => this.#receive(slot, message))
    child.on('error', (error) => {
      slot.failure ??= new Unavailable(
        'worker_failed',
        `Background work could not start: ${error.message}`,
      )
    })
    child.on('close', (code, signal) => this.#ended(slot, code, signal))
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
    this.#hold(slot, true)
    slot.timer = setTimeout(() => this.#timeOut(slot), this.#options.timeoutMs)
    this.#post(slot, { id: task.id, job: task.job })
  }

  /** Between jobs: the next one, or an idle worker that neither keeps the process up nor stays. */
  #rest(slot: Slot<J>): void {
    this.#pump()
    if (slot.task || slot.failure) return
    this.#hold(slot, false)
    slot.timer = setTimeout(() => this.#close(slot), this.#options.idleMs)
    slot.timer.unref()
  }

  /** Whether the worker keeps this process running (while it has a job) or not. */
  #hold(slot: Slot<J>, hold: boolean): void {
    if (hold) {
      slot.child.ref()
      slot.child.channel?.ref()
    } else {
      slot.child.unref()
      slot.child.channel?.unref()
    }
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
    slot.failure = new TimedOut(
      'timeout',
      `${describe(task.job)} took too long (more than ${seconds(timeoutMs)}) and was stopped`,
    )
    logger.warn('A background job took too long and was stopped', {
      plan: task.job.planId,
      job: task.job.kind,
      timeoutMs,
    })
    slot.child.kill('SIGKILL')
  }

  /** Why a worker that ended by itself did: out of memory, or a crash. */
  #failureOf(
    slot: Slot<J>,
    task: Task<J> | null,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): Unavailable {
    const { describe, memoryMb, logger } = this.#options
    const where = { plan: task?.job.planId, job: task?.job.kind }
    if (OUT_OF_MEMORY.test(slot.stderrTail)) {
      logger.warn('A background job needed more memory than allowed', { ...where, memoryMb })
      return new Unavailable(
        'out_of_memory',
        task
          ? `${describe(task.job)} needed more memory than the ${memoryMb} MB allowed and was stopped`
          : `Background work could not start: it needs more memory than the ${memoryMb} MB allowed`,
      )
    }
    const how = signal ? `signal ${signal}` : `exit code ${code}`
    logger.error('A worker process ended unexpectedly', {
      ...where,
      how,
      stderr: slot.stderrTail.slice(-1000),
    })
    return new Unavailable(
      'worker_failed',
      task
        ? `${describe(task.job)} stopped unexpectedly (${how})`
        : `Background work could not start (${how})`,
    )
  }

  #ended(slot: Slot<J>, code: number | null, signal: NodeJS.Signals | null): void {
    this.#slots.delete(slot)
    const task = slot.task
    this.#finish(slot)
    const closedAsAsked = slot.closing && !task && code === 0
    if (closedAsAsked) {
      if (!this.#closed) this.#pump()
      return
    }
    const failure = slot.failure ?? this.#failureOf(slot, task, code, signal)
    if (task) {
      task.reject(failure)
    } else if (!slot.ready && !this.#closed) {
      // It never started (a broken install): the jobs waiting for it would only start another.
      for (const waiting of this.#queue.splice(0)) waiting.reject(failure)
    }
    if (!this.#closed) this.#pump()
  }

  #close(slot: Slot<J>): void {
    if (slot.closing) return
    slot.closing = true
    this.#post(slot, { close: true })
  }

  #post(slot: Slot<J>, message: ToWorker): void {
    if (slot.child.connected) slot.child.send(message)
  }
}
