import type { PlanSummary } from '@coplan/protocol'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openPlan } from './openPlan'

const plan: PlanSummary = {
  id: 'plan-1',
  title: 'Ghana – Korea cooperation plan',
  team: { id: 'team-gh', country: 'Ghana', countryCode: 'GH' },
  status: 'draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastEditedAt: '2026-01-02T00:00:00.000Z',
}
const access = { edit: true, comment: true }

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('openPlan', () => {
  beforeEach(() => {
    const stored = new Map<string, string>()
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (key: string) => stored.get(key) ?? null,
        setItem: (key: string, value: string) => stored.set(key, value),
      },
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('opens from the API, and from what it remembered when the network is gone', async () => {
    vi.stubGlobal('fetch', async () => json(200, { plan, access }))
    expect(await openPlan('ama', 'plan-1')).toEqual({ plan, access, offline: false })

    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')))
    expect(await openPlan('ama', 'plan-1')).toEqual({ plan, access, offline: true })
    // Someone else on the same browser gets nothing of Ama's.
    await expect(openPlan('kwame', 'plan-1')).rejects.toThrow(TypeError)
  })

  it('never overrides a refusal with what it remembered', async () => {
    vi.stubGlobal('fetch', async () => json(200, { plan, access }))
    await openPlan('ama', 'plan-1')
    vi.stubGlobal('fetch', async () =>
      json(403, { error: { code: 'forbidden', message: 'Forbidden' } }),
    )
    await expect(openPlan('ama', 'plan-1')).rejects.toMatchObject({ status: 403 })
  })
})
