import fs from 'node:fs'
import os from 'node:os'
import { createExportFixture } from '@coplan/export'
import { planUpdateFromJSON } from '@coplan/schema'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { PlanWorkers } from '../export/PlanWorkers'
import { createPlanWorkers } from '../export/PlanWorkers'
import { DomainError } from '../errors'
import { createQuietLogger } from '../logger'

const plan = {
  planId: 'plan-1',
  source: { updates: [planUpdateFromJSON(createExportFixture().doc)] },
}

const pool = (options: Partial<Parameters<typeof createPlanWorkers>[0]> = {}): PlanWorkers => {
  const workers = createPlanWorkers({ logger: createQuietLogger(), background: false, ...options })
  onTestFinished(() => workers.close())
  return workers
}

describe('worker pool', () => {
  it('starts a worker on the first job only, and ends it once idle', async () => {
    const workers = pool({ idleMs: 200 })
    expect(workers.pids.length).toBe(0)
    const stats = await workers.run({ kind: 'stats', ...plan })
    expect(stats.words).toBeGreaterThan(50)
    expect(workers.pids.length).toBe(1)
    await expect.poll(() => workers.pids.length).toBe(0)
    expect((await workers.run({ kind: 'stats', ...plan })).words).toBe(stats.words)
  })

  it('rejects a job with its own error, keeping the worker for the next', async () => {
    const workers = pool()
    const broken = workers.run({
      kind: 'stats',
      planId: 'p',
      source: { updates: [new Uint8Array([1, 200])] },
    })
    const error = await broken.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(DomainError)
    expect((error as Error).message).toBe('Unexpected end of array')
    expect((await workers.run({ kind: 'stats', ...plan })).words).toBeGreaterThan(50)
    expect(workers.pids.length).toBe(1)
  })

  it('refuses jobs beyond its queue with a 503, and fails the waiting ones when closed', async () => {
    const workers = pool({ maxQueued: 1 })
    const first = expect(workers.run({ kind: 'stats', ...plan })).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'shutting_down',
    })
    await expect(workers.run({ kind: 'stats', ...plan })).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'busy',
    })
    await workers.close()
    await first
    await expect(workers.run({ kind: 'stats', ...plan })).rejects.toMatchObject({
      code: 'shutting_down',
    })
    expect(workers.pids.length).toBe(0)
  })

  it('runs background workers, every thread of them, at the lowest CPU priority and off the first CPU (Linux)', async () => {
    const SCHED_IDLE = 5
    const policies = (pid: number | string) =>
      fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[38])
      })
    const workers = pool({ background: true })
    await workers.run({ kind: 'stats', ...plan })
    const [pid] = workers.pids
    expect(new Set(policies(pid as number))).toEqual(new Set([SCHED_IDLE]))
    expect(policies('self')).not.toContain(SCHED_IDLE)
    // And off the first CPU, which stays the server's.
    const cpus = (of: number | string) =>
      /Cpus_allowed_list:\s*(\S+)/.exec(fs.readFileSync(`/proc/${of}/status`, 'utf8'))?.[1]
    if (os.availableParallelism() > 1) expect(cpus(pid as number)).not.toBe(cpus('self'))
  })
})
