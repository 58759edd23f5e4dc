import { describe, expect, it } from 'vitest'
import { storeBackends } from '../testing/storeBackends'
import type { Stores } from '../testing/storeBackends'

const planOf = ({ course }: Stores): string => {
  const team = course.createTeam({ country: 'Chile', countryCode: 'CL' })
  return course.createPlan({
    teamId: team.id,
    title: 'Water',
    initialState: new Uint8Array(),
    stats: { words: 0, sectionsFilled: 0 },
  }).id
}

describe.each(storeBackends)('the activity store (%s)', (_name, open) => {
  it('lists the newest first, filtered by plan and kind', () => {
    const stores = open()
    const { activity } = stores
    const planId = planOf(stores)
    activity.record({
      planId,
      kind: 'export',
      actorId: null,
      detail: { n: 1 },
      now: '2026-01-01T00:00:00.000Z',
    })
    activity.record({
      planId: null,
      kind: 'membership',
      actorId: null,
      detail: { n: 2 },
      now: '2026-01-02T00:00:00.000Z',
    })
    activity.record({
      planId,
      kind: 'status',
      actorId: null,
      detail: { n: 3 },
      now: '2026-01-03T00:00:00.000Z',
    })
    const details = (rows: { detail: string }[]): unknown[] =>
      rows.map((row) => JSON.parse(row.detail))
    expect(details(activity.list({ limit: 10 }))).toEqual([{ n: 3 }, { n: 2 }, { n: 1 }])
    expect(details(activity.list({ planId, limit: 10 }))).toEqual([{ n: 3 }, { n: 1 }])
    expect(details(activity.list({ kind: 'export', limit: 10 }))).toEqual([{ n: 1 }])
    expect(details(activity.list({ limit: 1 }))).toEqual([{ n: 3 }])
    expect(activity.list({ planId, limit: 1 })[0]).toEqual({
      id: expect.any(String),
      plan_id: planId,
      kind: 'status',
      actor_id: null,
      detail: '{"n":3}',
      created_at: '2026-01-03T00:00:00.000Z',
    })
  })

  it('pages back through entries of one instant by id, and before an instant without one', () => {
    const { activity } = open()
    const at = '2026-01-02T00:00:00.000Z'
    activity.record({
      planId: null,
      kind: 'export',
      actorId: null,
      detail: {},
      now: '2026-01-01T00:00:00.000Z',
    })
    for (let n = 0; n < 4; n++)
      activity.record({ planId: null, kind: 'export', actorId: null, detail: {}, now: at })
    const all = activity.list({ limit: 10 })
    expect(all.slice(0, 4).map((row) => row.id)).toEqual(
      all
        .slice(0, 4)
        .map((row) => row.id)
        .sort()
        .reverse(),
    )
    const second = all[1]
    if (!second) throw new Error('too few entries')
    expect(activity.list({ before: { at, id: second.id }, limit: 10 })).toEqual(all.slice(2))
    expect(activity.list({ before: { at }, limit: 10 })).toEqual(all.slice(4))
  })

  it('records the time now when none is given', () => {
    const { activity } = open()
    const before = new Date().toISOString()
    activity.record({ planId: null, kind: 'membership', actorId: null, detail: {} })
    const [row] = activity.list({ limit: 1 })
    expect((row?.created_at ?? '') >= before).toBe(true)
  })
})
