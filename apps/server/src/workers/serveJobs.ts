import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import type { FromWorker, ToWorker } from './workerMessages'
import { toWireError } from './workerMessages'

/** What a worker module gives `serveJobs`: how to run one job, and how to let go at the end. */
export interface JobHandler {
  /** Settles once the handler has loaded what every job needs (not counted in job time). */
  ready?: Promise<void>
  run(job: unknown): Promise<unknown>
  close(): Promise<void>
}

/**
 * Puts this thread at the lowest CPU priority, so that its work only takes CPU the main thread
 * leaves. On Linux a scheduling policy belongs to one thread, and processes the thread starts
 * inherit it: SCHED_IDLE (through util-linux's `chrt`) holds for Chromium too, which, run as
 * root, sets its own threads' nice values (as low as -8) but keeps their policy. Without
 * `chrt`, the thread gets nice 19, which a Chromium run by root overrides.
 */
const runInBackground = (): void => {
  let tid: number
  try {
    tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
  } catch {
    return // Not Linux: the worker runs at the process's priority.
  }
  const idle = spawnSync('chrt', ['--idle', '-p', '0', String(tid)], { stdio: 'ignore' })
  if (idle.status !== 0) os.setPriority(tid, 19)
}

/** The buffers of the byte arrays in a job's result, moved to the pool instead of copied. */
const transferablesOf = (value: unknown, found = new Set<ArrayBuffer>(), depth = 0) => {
  if (value instanceof Uint8Array) {
    // A view of part of a buffer (Node's pooled small Buffers) is copied: moving the buffer
    // would take the rest of it away from whoever else uses it.
    const { buffer } = value
    if (buffer instanceof ArrayBuffer && value.byteLength === buffer.byteLength) found.add(buffer)
  } else if (value && typeof value === 'object' && depth < 4) {
    for (const item of Object.values(value)) transferablesOf(item, found, depth + 1)
  }
  return found
}

/**
 * Serves jobs in a worker thread started by `WorkerPool` (see workerMessages.ts for the
 * messages): answers each with its result or its error, and exits when told to close.
 */
export const serveJobs = (handler: JobHandler): void => {
  const port = parentPort
  if (!port) throw new Error('serveJobs runs in a worker thread')
  const { background = false } = workerData as { background?: boolean }
  if (background) runInBackground()
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer)
  const answer = async (id: number, job: unknown): Promise<void> => {
    let value: unknown
    try {
      value = await handler.run(job)
    } catch (error) {
      send({ id, ok: false, error: toWireError(error) })
      return
    }
    send({ id, ok: true, value }, [...transferablesOf(value)])
  }
  port.on('message', (message: ToWorker) => {
    // A failure to close or to answer ends the worker with that error, which the pool logs.
    if ('close' in message) void handler.close().then(() => process.exit(0))
    else void answer(message.id, message.job)
  })
  // A failed preload is not fatal: the first job loads again and fails with the reason.
  void (handler.ready ?? Promise.resolve()).catch(() => undefined).then(() => send({ ready: true }))
}
