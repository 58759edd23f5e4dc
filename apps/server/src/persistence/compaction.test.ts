import { describe, expect, it, vi } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

const storedRows = (
  database: {
    prepare(sql: string): { get(...args: unknown[]): unknown }
  },
  planId: string,
): { updates: number; snapshots: number } => ({
  updates: (
    database.prepare('SELECT count(*) AS n FROM plan_updates WHERE plan_id = ?').get(planId) as {
      n: number
    }
  ).n,
  snapshots: (
    database.prepare('SELECT count(*) AS n FROM plan_snapshots WHERE plan_id = ?').get(planId) as {
      n: number
    }
  ).n,
})

describe('compaction of the update log', () => {
  it('merges the log into one snapshot after enough updates, losing nothing', async () => {
    const first = await startTestServer({ compactEveryUpdates: 10 })
    const token = first.tokenFor(DEMO.admin)
    const planId = first.server.course.listPlans()[0]?.id ?? ''
    const alice = connectClient(first.collabUrl, planId, token)
    const bob = connectClient(first.collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])
    for (let i = 0; i < 25; i++) {
      alice.appendParagraph(`Paragraph ${i}`)
      await vi.waitFor(() => expect(bob.text()).toContain(`Paragraph ${i}`))
    }
    const rows = storedRows(first.server.database, planId)
    expect(rows.snapshots).toBe(1)
    expect(rows.updates).toBeLessThan(10)

    alice.provider.destroy()
    bob.provider.destroy()
    const second = await first.restart()
    const carol = connectClient(second.collabUrl, planId, token)
    await carol.synced
    expect(carol.text()).toBe(alice.text())
  })

  it('compacts when a plan unloads', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer({ idleUnloadMs: 20 })
    const token = tokenFor(DEMO.admin)
    const planId = server.course.listPlans()[0]?.id ?? ''
    const alice = connectClient(collabUrl, planId, token)
    await alice.synced
    alice.appendParagraph('One')
    alice.appendParagraph('Two')
    // One row per flush: the two may share one.
    await vi.waitFor(() => expect(storedRows(server.database, planId).updates).toBeGreaterThan(0))
    alice.provider.destroy()
    await vi.waitFor(() => expect(server.registry.loadedCount).toBe(0))
    expect(storedRows(server.database, planId)).toEqual({ updates: 0, snapshots: 1 })
  })
})
