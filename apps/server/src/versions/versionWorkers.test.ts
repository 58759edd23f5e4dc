import type { VersionView } from '@coplan/protocol'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../logger'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

/** A logger that keeps every line, to look for one. */
const recordingLogger = () => {
  const lines: { level: string; message: string; context?: Record<string, unknown> }[] = []
  const logger: Logger = {
    info: (message, context) => lines.push({ level: 'info', message, context }),
    warn: (message, context) => lines.push({ level: 'warn', message, context }),
    error: (message, context) => lines.push({ level: 'error', message, context }),
  }
  return { logger, lines }
}

describe('versions when their worker cannot run', () => {
  it('log each failed count of words with the plan id; every plan stays served, versions saved', async () => {
    const { logger, lines } = recordingLogger()
    // No worker can start in 1 MB of heap: every count of words fails.
    const test = await startTestServer({ exportMemoryMb: 1, statsQuietMs: 50, logger })
    const plans = test.server.course.listPlans()
    const ghana = plans.find((p) => p.team.countryCode === 'GH')
    const peru = plans.find((p) => p.team.countryCode === 'PE')
    if (!ghana || !peru) throw new Error('no demo plans')
    const before = test.server.course.dashboard().get(ghana.id)?.wordCount

    const ama = connectClient(test.collabUrl, ghana.id, test.tokenFor(DEMO.ghanaDelegate))
    await ama.synced
    ama.appendParagraph('A paragraph whose words nobody can count.')
    await vi.waitFor(() =>
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: 'error',
          message: 'Counting the words and sections of a plan failed',
          context: expect.objectContaining({ plan: ghana.id }),
        }),
      ),
    )

    // Another plan is edited and relayed as ever.
    const lucia = connectClient(test.collabUrl, peru.id, test.tokenFor(DEMO.peruDelegate))
    const mateo = connectClient(test.collabUrl, peru.id, test.tokenFor(DEMO.peruDelegate))
    await Promise.all([lucia.synced, mateo.synced])
    lucia.appendParagraph('Peru writes on.')
    await vi.waitFor(() => expect(mateo.text()).toContain('Peru writes on.'))

    // A version is saved all the same, with the last word count known.
    const response = await fetch(`${test.url}/api/plans/${ghana.id}/versions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${test.tokenFor(DEMO.ghanaDelegate)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Despite the figures' }),
    })
    expect(response.status).toBe(201)
    const { version } = (await response.json()) as { version: VersionView }
    expect(version).toMatchObject({ name: 'Despite the figures', wordCount: before })
    expect((await fetch(`${test.url}/api/health`)).status).toBe(200)
  })

  it('answer opening or restoring a version with a 503 that says why, changing nothing', async () => {
    const { logger, lines } = recordingLogger()
    const test = await startTestServer({ exportMemoryMb: 1, logger })
    const ghana = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!ghana) throw new Error('no Ghana plan')
    const api = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${test.url}/api/plans/${ghana.id}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${test.tokenFor(DEMO.ghanaDelegate)}`,
          'content-type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, body: (await response.json()) as Record<string, unknown> }
    }
    const saved = await api('POST', '/versions', { name: 'Kept' })
    const { id } = saved.body.version as VersionView
    const refused = {
      status: 503,
      body: {
        error: {
          code: 'out_of_memory',
          message: 'Background work could not start: it needs more memory than the 1 MB allowed',
        },
      },
    }
    expect(await api('GET', `/versions/${id}`)).toEqual(refused)
    const before = (await api('GET', '/versions')).body.versions as VersionView[]
    expect(await api('POST', `/versions/${id}/restore`)).toEqual(refused)
    expect((await api('GET', '/versions')).body.versions).toEqual(before)
    // Saving the version could not count its words either: logged, and saved all the same.
    expect(lines).toContainEqual(
      expect.objectContaining({ context: expect.objectContaining({ plan: ghana.id }) }),
    )
  })
})
