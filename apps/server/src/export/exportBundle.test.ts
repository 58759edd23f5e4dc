import { createExportFixture, exportFileName } from '@coplan/export'
import type { BundleJob, PlanStatus } from '@coplan/protocol'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { TestServer } from '../testing/startTestServer'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'
import { seedExportPlan } from '../testing/seedExportPlan'

const FINAL_PATH: PlanStatus[] = ['in_review', 'reviewed', 'final']

/** Moves a plan to final as an admin would, through every status on the way. */
const finalise = async (test: TestServer, planId: string): Promise<void> => {
  const admin = test.server.users.findByEmail(DEMO.admin)
  if (!admin) throw new Error('no admin')
  for (const status of FINAL_PATH) await test.server.workflow.transition(admin, planId, status)
}

/** Splits a CSV produced by `buildBundleIndexCsv` (quoted cells hold no line breaks here). */
const parseCsv = (csv: string): string[][] =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
        (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
      ),
    )

describe('course bundle', () => {
  it(
    'gives admins a ZIP of every final plan per country with an index, skipping plans not final',
    { timeout: 60_000 },
    async () => {
      const test = await startTestServer()
      const fixture = createExportFixture()
      const ghana = seedExportPlan(test.server, {
        countryCode: 'GH',
        title: fixture.meta.title,
        doc: fixture.doc,
      })
      await finalise(test, ghana.id)
      const uzbek = test.server.course.listPlans().find((p) => p.team.countryCode === 'UZ')
      if (!uzbek) throw new Error('no Uzbek plan')
      await finalise(test, uzbek.id)

      const token = test.tokenFor(DEMO.admin)
      const api = (path: string, init: RequestInit = {}) =>
        fetch(`${test.url}/api${path}`, {
          ...init,
          headers: { authorization: `Bearer ${token}` },
        })
      const started = await api('/exports/bundle', { method: 'POST' })
      expect(started.status).toBe(202)
      const { jobId } = (await started.json()) as { jobId: string }
      const job = async () => (await (await api(`/exports/${jobId}`)).json()) as BundleJob
      await expect.poll(async () => (await job()).status, { timeout: 60_000 }).toBe('done')

      const done = await job()
      const plans = test.server.course.listPlans()
      expect(done.done).toBe(plans.length)
      expect(done.total).toBe(plans.length)
      const byTitle = new Map(done.plans.map((p) => [`${p.country}/${p.title}`, p]))
      expect(byTitle.get(`Ghana/${fixture.meta.title}`)?.included).toBe(true)
      expect(byTitle.get(`Uzbekistan/${uzbek.title}`)?.included).toBe(true)
      const peru = done.plans.find((p) => p.country === 'Peru')
      // Codes for the web to word; the index in the ZIP says it in English.
      expect(peru).toMatchObject({
        countryCode: 'PE',
        status: 'draft',
        included: false,
        reason: 'not_final',
      })

      const download = await api(`/exports/${jobId}/download`)
      expect(download.headers.get('content-type')).toBe('application/zip')
      const zip = unzipSync(new Uint8Array(await download.arrayBuffer()))
      const files = (country: string, title: string) =>
        ['docx', 'pdf'].map((format) => `${country}/${exportFileName({ country, title }, format)}`)
      const ghanaFiles = files('Ghana', fixture.meta.title)
      expect(Object.keys(zip).sort()).toEqual(
        [...ghanaFiles, ...files('Uzbekistan', uzbek.title), 'index.csv'].sort(),
      )
      expect(new TextDecoder().decode(zip[ghanaFiles[1] as string]?.slice(0, 5))).toBe('%PDF-')

      const [header, ...rows] = parseCsv(new TextDecoder().decode(zip['index.csv']))
      expect(header?.slice(0, 7)).toEqual([
        'team',
        'country code',
        'plan title',
        'status',
        'version',
        'last edited',
        'word count',
      ])
      expect(rows).toHaveLength(plans.length)
      const ghanaRow = rows.find((row) => row[2] === fixture.meta.title)
      expect(ghanaRow?.slice(0, 4)).toEqual(['Ghana', 'GH', fixture.meta.title, 'Final'])
      expect(ghanaRow?.[4]).toMatch(/^Current text \(last saved version: Finalized, /)
      expect(Number(ghanaRow?.[6])).toBeGreaterThan(100)
      expect(ghanaRow?.[7]).toBe('yes')
      const peruRow = rows.find((row) => row[0] === 'Peru')
      expect(peruRow?.slice(7, 9)).toEqual(['no', 'Not final (status: Draft)'])
    },
  )

  it('is for admins only', async () => {
    const test = await startTestServer()
    const as = (email: string, path: string, method = 'GET') =>
      fetch(`${test.url}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${test.tokenFor(email)}` },
      })
    expect((await as(DEMO.mentorKim, '/exports/bundle', 'POST')).status).toBe(403)
    expect((await as(DEMO.ghanaDelegate, '/exports/bundle', 'POST')).status).toBe(403)
    const started = await as(DEMO.admin, '/exports/bundle', 'POST')
    const { jobId } = (await started.json()) as { jobId: string }
    expect((await as(DEMO.ghanaDelegate, `/exports/${jobId}`)).status).toBe(403)
    expect((await as(DEMO.mentorKim, `/exports/${jobId}/download`)).status).toBe(403)
    expect((await as(DEMO.admin, '/exports/no-such-job')).status).toBe(404)
  })
})
