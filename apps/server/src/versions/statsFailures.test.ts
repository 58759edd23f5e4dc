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

describe('plan statistics that cannot be counted', () => {
  it('are logged with the plan id, and every plan stays served, versions saved', async () => {
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
})
