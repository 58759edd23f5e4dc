import { describe, expect, it } from 'vitest'
import { seedStores, storeBackends } from '../testing/storeBackends'
import type { NewVersion } from './VersionStore'
import { versionLabelOf } from './VersionStore'

describe.each(storeBackends)('the version store (%s)', (_name, open) => {
  const openSeeded = () => {
    const stores = seedStores(open())
    const newVersion = (now: string, name = 'Draft'): NewVersion => ({
      planId: stores.plan.id,
      label: { code: 'named', name },
      state: new Uint8Array([1, 2, 3]),
      createdBy: stores.ama.id,
      contributors: [stores.ama.id, stores.kofi.id],
      wordCount: 12,
      now,
    })
    return { ...stores, newVersion }
  }

  it('stores a version with its state, and finds it', () => {
    const { versions, plan, ama, kofi, newVersion } = openSeeded()
    const id = versions.insert(newVersion('2026-01-01T00:00:00.000Z'))
    const row = versions.find(id)
    expect(row).toEqual({
      id,
      plan_id: plan.id,
      name: 'Draft',
      kind: 'named',
      label: expect.any(String),
      created_by: ama.id,
      created_at: '2026-01-01T00:00:00.000Z',
      contributors: JSON.stringify([ama.id, kofi.id]),
      word_count: 12,
    })
    expect(row && versionLabelOf(row)).toEqual({ code: 'named', name: 'Draft' })
    expect([...(versions.state(id) ?? [])]).toEqual([1, 2, 3])
    expect(versions.find('nope')).toBeNull()
    expect(versions.state('nope')).toBeNull()
  })

  it('lists a plan’s versions newest first, the later stored first at one instant', () => {
    const { versions, plan, newVersion } = openSeeded()
    expect(versions.latest(plan.id)).toBeNull()
    const a = versions.insert(newVersion('2026-01-01T00:00:00.000Z', 'a'))
    const b = versions.insert(newVersion('2026-01-03T00:00:00.000Z', 'b'))
    const c = versions.insert(newVersion('2026-01-03T00:00:00.000Z', 'c'))
    const d = versions.insert(newVersion('2026-01-02T00:00:00.000Z', 'd'))
    expect(versions.listFor(plan.id).map((row) => row.id)).toEqual([c, b, d, a])
    expect(versions.latest(plan.id)?.id).toBe(c)
    expect(versions.listFor('other')).toEqual([])
  })

  it('refuses versions of unknown plans', () => {
    const { versions, newVersion } = openSeeded()
    expect(() =>
      versions.insert({ ...newVersion('2026-01-01T00:00:00.000Z'), planId: 'nope' }),
    ).toThrow()
  })

  it('names the people who edited a plan since a time', () => {
    const { versions, documents, plan, ama, kofi } = openSeeded()
    expect(versions.contributorsSince(plan.id, null)).toEqual([])
    documents.stamp(plan.id, new Date('2026-01-01T00:00:00.000Z'), [kofi.id])
    documents.stamp(plan.id, new Date('2026-01-02T00:00:00.000Z'), [ama.id])
    expect(versions.contributorsSince(plan.id, null)).toEqual([kofi.id, ama.id])
    expect(versions.contributorsSince(plan.id, '2026-01-01T00:00:00.000Z')).toEqual([ama.id])
    expect(versions.contributorsSince(plan.id, '2026-01-02T00:00:00.000Z')).toEqual([])
  })
})
