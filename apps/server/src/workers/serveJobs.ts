import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import type { FromWorker, ToWorker } from './workerMessages'
import { toWireError } from './workerMessages'

/** What a worker module gives `serveJobs`: how to run one job, and how to let go at the end. */
export interface JobHandler {
  /** Settles once the handler has loaded what every job needs (not counted in job time). */
  ready?: Promise<void>
  run(job: unknown): Promise<unknown>
  close(): Promise<void>
}

/** The CPUs this process may run on ("0-3,8" in /proc/self/status), in order. */
const allowedCpus = (): number[] => {
  const list = /Cpus_allowed_list:\s*(\S+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]
  return (list ?? '').split(',').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number)
    if (from === undefined || to === undefined || !(to >= from)) return []
    return Array.from({ length: to - from + 1 }, (_, i) => from + i)
  })
}

/**
 * Puts this whole process in the background. Linux's SCHED_IDLE (set with util-linux's `chrt`
 * on every thread: the JavaScript thread, the garbage collector's, libuv's) makes it take only
 * CPU the server leaves, and is inherited by the threads and processes started later, Chromium
 * included, which, run as root, sets its own threads' nice values (as low as -8) but keeps
 * their policy; without `chrt`, each thread gets nice 19 instead. On a machine of several CPUs
 * the process also keeps off the first (`taskset`), so that even work the kernel does for it
 * (page faults, which the default non-preemptible kernels finish before switching) and the
 * caches it fills leave one CPU to the server.
 */
const runInBackground = (): void => {
  if (!fs.existsSync('/proc/self/task')) return // Not Linux: the process keeps its priority.
  const pid = String(process.pid)
  const [, ...others] = allowedCpus()
  if (others.length > 0) {
    spawnSync('taskset', ['--all-tasks', '-p', '-c', others.join(','), pid], { stdio: 'ignore' })
  }
  const idle = spawnSync('chrt', ['--idle', '--all-tasks', '-p', '0', pid], { stdio: 'ignore' })
  if (idle.status === 0) return
  for (const tid of fs.readdirSync('/proc/self/task')) os.setPriority(Number(tid), 19)
}

/**
 * Serves jobs in a worker process started by `WorkerPool` (see workerMessages.ts for the
 * messages): answers each with its result or its error, and exits when told to close or when
 * the server is gone. `createHandler` gets the pool's `setup`.
 */
export const serveJobs = (createHandler: (setup: unknown) => JobHandler): void => {
  const send = process.send?.bind(process)
  if (!send) throw new Error('serveJobs runs in a process started by WorkerPool')
  const { setup = null, background = false } = JSON.parse(process.argv[2] ?? '{}') as {
    setup?: unknown
    background?: boolean
  }
  if (background) runInBackground()
  const handler = createHandler(setup)
  const answer = async (id: number, job: unknown): Promise<void> => {
    let value: unknown
    try {
      value = await handler.run(job)
    } catch (error) {
      send({ id, ok: false, error: toWireError(error) } satisfies FromWorker)
      return
    }
    send({ id, ok: true, value } satisfies FromWorker)
  }
  process.on('message', (message: ToWorker) => {
    // A failure to close or to answer ends the worker with that error, which the pool logs.
    if ('close' in message) void handler.close().then(() => process.exit(0))
    else void answer(message.id, message.job)
  })
  // The server ended without closing its workers (killed): nobody is left to answer.
  process.on('disconnect', () => {
    setTimeout(() => process.exit(0), 5000).unref()
    void handler.close().finally(() => process.exit(0))
  })
  // A failed preload is not fatal: the first job loads again and fails with the reason.
  void (handler.ready ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => send({ ready: true } satisfies FromWorker))
}
