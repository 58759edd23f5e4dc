import { describe, expect, it, vi } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'
import { EDIT_STAMP_INTERVAL_MS } from './EditStamps'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("a plan's last-edited stamp", () => {
  it('is written at once for a new editor, later edits before the plan unloads or within the interval', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer({ idleUnloadMs: 50 })
    const planId = server.course.listPlans()[0]?.id ?? ''
    const token = tokenFor(DEMO.admin)
    const lastEdited = (): string => server.course.findPlan(planId)?.lastEditedAt ?? ''
    const createdAt = lastEdited()

    const alice = connectClient(collabUrl, planId, token)
    await alice.synced
    alice.appendParagraph('First edit')
    await vi.waitFor(() => expect(lastEdited()).not.toBe(createdAt))
    const first = lastEdited()
    await pause(20)
    alice.appendParagraph('Second edit')
    await pause(200)
    // Deferred: the same person edited again well within the interval.
    expect(lastEdited()).toBe(first)
    alice.provider.destroy()
    await vi.waitFor(() => expect(server.registry.loadedCount).toBe(0))
    expect(lastEdited() > first).toBe(true)
    const second = lastEdited()

    const bob = connectClient(collabUrl, planId, token)
    await bob.synced
    bob.appendParagraph('Third edit')
    await vi.waitFor(() => expect(lastEdited() > second).toBe(true))
    const third = lastEdited()
    await pause(20)
    bob.appendParagraph('Fourth edit, stamped by the timer while bob stays')
    await vi.waitFor(() => expect(lastEdited() > third).toBe(true), {
      timeout: EDIT_STAMP_INTERVAL_MS + 2000,
    })
  }, 20_000)
})
