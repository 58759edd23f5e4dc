import { createExportFixture, createLongPlan } from '@coplan/export'
import type { BundleJob, PlanStatus } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import type { ServerConfig } from '../config'
import { DEMO } from '../testing/demoAccounts'
import { longestStall } from '../testing/longestStall'
import type { TestServer } from '../testing/startTestServer'
import { startTestServer } from '../testing/startTestServer'
import { zipText } from '../testing/exportTestKit'
import { hostileSpanState } from '../testing/hostileSpanState'
import { seedExportPlan } from '../testing/seedExportPlan'

/** A server with Ghana's plan `sections` long and Peru's the every-node fixture. */
const setUp = async (sections: number, overrides: Partial<ServerConfig> = {}) => {
  const test = await startTestServer(overrides)
  const long = seedExportPlan(test.server, {
    countryCode: 'GH',
    title: 'Long plan',
    doc: createLongPlan(sections),
  })
  const small = seedExportPlan(test.server, {
    countryCode: 'PE',
    title: 'Small plan',
    doc: createExportFixture().doc,
  })
  const token = test.tokenFor(DEMO.admin)
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${test.url}/api${path}`, { ...init, headers: { authorization: `Bearer ${token}` } })
  return { test, long, small, api }
}

/** The error body of a refused export. */
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error

const seedHostilePlan = (test: TestServer, span: number) => {
  const team = test.server.course.listTeams().find((t) => t.countryCode === 'UZ')
  if (!team) throw new Error('no Uzbek team')
  return test.server.course.createPlan({
    teamId: team.id,
    title: 'Hostile spans',
    initialState: hostileSpanState(span),
    stats: { words: 5, sectionsFilled: 0 },
  })
}

const finalise = async (test: TestServer, planId: string): Promise<void> => {
  const admin = test.server.users.findByEmail(DEMO.admin)
  if (!admin) throw new Error('no admin')
  const path: PlanStatus[] = ['in_review', 'reviewed', 'final']
  for (const status of path) await test.server.workflow.transition(admin, planId, status)
}

describe('exports in worker processes', () => {
  it('keep the event loop free while a long plan is made into Word', async () => {
    const { long, api } = await setUp(120)
    const { stallMs, result } = await longestStall(() =>
      api(`/plans/${long.id}/export?format=docx`),
    )
    expect(result.status).toBe(200)
    const xml = zipText(new Uint8Array(await result.arrayBuffer()), 'word/document.xml')
    expect(xml).toContain('Section 120: activities and budget')
    // Made on the main thread, this export stalls it for seconds.
    expect(stallMs).toBeLessThan(2000)
  })

  it(
    'stop an export past its time limit with a 504 that says so, and go on exporting',
    { timeout: 60_000 },
    async () => {
      // Printing this plan's 180 pages takes Chromium far longer than 3 s.
      const { long, small, api } = await setUp(120, { exportTimeoutMs: 3000 })
      const slow = await api(`/plans/${long.id}/export?format=pdf`)
      expect(slow.status).toBe(504)
      expect(await errorOf(slow)).toEqual({
        code: 'timeout',
        message: 'This export took too long (more than 3 s) and was stopped',
      })
      expect((await api(`/plans/${small.id}/export?format=md`)).status).toBe(200)
    },
  )

  it('stop an export that needs more memory than allowed with a 503, and go on exporting', async () => {
    const { long, small, api } = await setUp(120, { exportMemoryMb: 64 })
    const large = await api(`/plans/${long.id}/export?format=docx`)
    expect(large.status).toBe(503)
    expect(await errorOf(large)).toEqual({
      code: 'out_of_memory',
      message: 'This export needed more memory than the 64 MB allowed and was stopped',
    })
    expect((await api(`/plans/${small.id}/export?format=docx`)).status).toBe(200)
    expect((await api('/health')).status).toBe(200)
  })

  it(
    'list a plan over the time limit as failed in the course bundle, with the others included',
    { timeout: 120_000 },
    async () => {
      // The long plan's Word file and 450-page PDF (printed twice, to number its contents) take
      // far longer than 15 s; the small plan's about 2 s (more on a busy machine).
      const { test, long, small, api } = await setUp(300, { exportTimeoutMs: 15_000 })
      await finalise(test, long.id)
      await finalise(test, small.id)
      const started = await api('/exports/bundle', { method: 'POST' })
      const { jobId } = (await started.json()) as { jobId: string }
      const job = async () => (await (await api(`/exports/${jobId}`)).json()) as BundleJob
      await expect.poll(async () => (await job()).status, { timeout: 100_000 }).toBe('done')
      const { plans } = await job()
      expect(plans.find((plan) => plan.planId === long.id)).toMatchObject({
        included: false,
        reason: 'export_failed',
        detail: 'This export took too long (more than 15 s) and was stopped',
      })
      expect(plans.find((plan) => plan.planId === small.id)?.included).toBe(true)
    },
  )

  it('make every format of a plan whose table spans are a million or 2^31', async () => {
    const { test, api } = await setUp(0)
    for (const span of [1_000_000, 2 ** 31]) {
      const plan = seedHostilePlan(test, span)
      const docx = await api(`/plans/${plan.id}/export?format=docx`)
      expect(docx.status).toBe(200)
      const xml = zipText(new Uint8Array(await docx.arrayBuffer()), 'word/document.xml')
      for (const word of ['wide', 'tall', 'both', 'plain']) expect(xml).toContain(`>${word}<`)
      for (const format of ['md', 'html']) {
        const response = await api(`/plans/${plan.id}/export?format=${format}`)
        expect(response.status).toBe(200)
        expect((await response.text()).length).toBeLessThan(100_000)
      }
    }
  })
})
