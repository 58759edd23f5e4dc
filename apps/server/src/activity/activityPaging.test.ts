import type { ActivityView } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

describe('paging back through the activity log', () => {
  it('goes on with the entries of the same instant a page ended inside', async () => {
    const { url, server, tokenFor } = await startTestServer()
    const plan = server.course.listPlans()[0]
    if (!plan) throw new Error('no plan')
    // Five entries at one instant (a bundle export records one per plan at once), one older.
    server.activity.record({
      planId: plan.id,
      kind: 'export',
      actorId: null,
      detail: { n: 0 },
      now: '2026-11-02T09:00:00.000Z',
    })
    for (let n = 1; n <= 5; n++) {
      server.activity.record({
        planId: plan.id,
        kind: 'export',
        actorId: null,
        detail: { n },
        now: '2026-11-02T10:00:00.000Z',
      })
    }
    const page = async (query: string): Promise<ActivityView[]> => {
      const response = await fetch(`${url}/api/plans/${plan.id}/activity?kind=export&${query}`, {
        headers: { authorization: `Bearer ${tokenFor(DEMO.admin)}` },
      })
      expect(response.status).toBe(200)
      return ((await response.json()) as { activity: ActivityView[] }).activity
    }
    const seen: ActivityView[] = []
    let cursor = ''
    for (;;) {
      const entries = await page(`limit=2${cursor}`)
      seen.push(...entries)
      const last = entries.at(-1)
      if (entries.length < 2 || !last) break
      cursor = `&before=${encodeURIComponent(last.createdAt)}&beforeId=${last.id}`
    }
    expect(seen.map((entry) => entry.detail.n).sort()).toEqual([0, 1, 2, 3, 4, 5])
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(6)
    expect(seen.at(-1)?.detail.n).toBe(0)

    const refused = await fetch(`${url}/api/plans/${plan.id}/activity?beforeId=x`, {
      headers: { authorization: `Bearer ${tokenFor(DEMO.admin)}` },
    })
    expect(refused.status).toBe(400)
  })
})
