import { describe, expect, it } from 'vitest'
import { seedStores, storeBackends } from '../testing/storeBackends'

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values)
const plain = (list: readonly Uint8Array[]): number[][] => list.map((data) => [...data])

describe.each(storeBackends)('the document store (%s)', (_name, open) => {
  it('loads a plan’s first state, then the updates appended, in order', () => {
    const { documents, course, team } = seedStores(open())
    const plan = course.createPlan({
      teamId: team.id,
      title: 'Energy',
      initialState: bytes(9, 9),
      stats: { words: 0, sectionsFilled: 0 },
    })
    const empty = documents.load(plan.id)
    expect([...(empty.snapshot ?? [])]).toEqual([9, 9])
    expect(empty).toMatchObject({ updates: [], updateCount: 0, clientOwners: new Map() })
    documents.append(plan.id, [bytes(1), bytes(2)])
    documents.append(plan.id, [bytes(3)])
    const loaded = documents.load(plan.id)
    expect(plain(loaded.updates)).toEqual([[1], [2], [3]])
    expect(loaded.updateCount).toBe(3)
    expect(documents.load('unknown')).toEqual({
      snapshot: null,
      updates: [],
      updateCount: 0,
      clientOwners: new Map(),
    })
  })

  it('keeps each plan’s updates apart, and refuses updates of unknown plans', () => {
    const { documents, course, team, plan } = seedStores(open())
    const other = course.createPlan({
      teamId: team.id,
      title: 'Other',
      initialState: bytes(),
      stats: { words: 0, sectionsFilled: 0 },
    })
    documents.append(plan.id, [bytes(1)])
    documents.append(other.id, [bytes(2)])
    documents.append(plan.id, [bytes(3)])
    expect(plain(documents.load(plan.id).updates)).toEqual([[1], [3]])
    expect(plain(documents.load(other.id).updates)).toEqual([[2]])
    expect(() => documents.append('unknown', [bytes(1)])).toThrow()
  })

  it('copies what it stores: changing the bytes afterwards changes nothing', () => {
    const { documents, plan } = seedStores(open())
    const update = bytes(1, 2)
    documents.append(plan.id, [update])
    update[0] = 7
    const [loaded] = documents.load(plan.id).updates
    expect([...(loaded ?? [])]).toEqual([1, 2])
  })

  it('compacts: the snapshot replaces the updates it contains', () => {
    const { documents, plan } = seedStores(open())
    documents.append(plan.id, [bytes(1), bytes(2)])
    documents.compact(plan.id, bytes(5))
    documents.append(plan.id, [bytes(3)])
    const loaded = documents.load(plan.id)
    expect([...(loaded.snapshot ?? [])]).toEqual([5])
    expect(plain(loaded.updates)).toEqual([[3]])
    expect(loaded.updateCount).toBe(1)
  })

  it('undoes a transaction that throws, but keeps the appends before a failed one inside', () => {
    const { documents, plan } = seedStores(open())
    expect(() =>
      documents.transaction(() => {
        documents.append(plan.id, [bytes(1)])
        throw new Error('disk full')
      }),
    ).toThrow('disk full')
    expect(documents.load(plan.id).updates).toEqual([])
    documents.transaction(() => {
      documents.append(plan.id, [bytes(1)])
      expect(() => documents.append('unknown', [bytes(2)])).toThrow()
      documents.append(plan.id, [bytes(3)])
    })
    expect(plain(documents.load(plan.id).updates)).toEqual([[1], [3]])
  })

  it('stamps the last edit and its editors, for the dashboard and versions', () => {
    const { documents, course, versions, plan, ama, kofi } = seedStores(open())
    documents.stamp(plan.id, new Date('2030-01-01T10:00:00.000Z'), [ama.id, kofi.id])
    documents.stamp(plan.id, new Date('2030-01-01T11:00:00.000Z'), [ama.id])
    expect(course.findPlan(plan.id)?.lastEditedAt).toBe('2030-01-01T11:00:00.000Z')
    expect(course.dashboard().get(plan.id)).toMatchObject({
      lastEditedBy: ama.id,
      contributors: [ama.id, kofi.id],
    })
    documents.stamp(plan.id, new Date('2030-01-01T12:00:00.000Z'), [])
    expect(course.findPlan(plan.id)?.lastEditedAt).toBe('2030-01-01T12:00:00.000Z')
    expect(course.dashboard().get(plan.id)?.lastEditedBy).toBe(ama.id)
    expect(versions.contributorsSince(plan.id, null)).toEqual([kofi.id, ama.id])
  })

  it('binds a client id to its first person for good', () => {
    const { documents, plan } = seedStores(open())
    documents.bindClients(plan.id, [
      { clientId: 1, personId: 'ama' },
      { clientId: 2, personId: 'kofi' },
    ])
    documents.bindClients(plan.id, [
      { clientId: 1, personId: 'kofi' },
      { clientId: 3, personId: 'kofi' },
    ])
    expect(documents.load(plan.id).clientOwners).toEqual(
      new Map([
        [1, 'ama'],
        [2, 'kofi'],
        [3, 'kofi'],
      ]),
    )
  })

  it('keeps parts set aside per plan until they are dropped', () => {
    const { documents, course, team, plan } = seedStores(open())
    const other = course.createPlan({
      teamId: team.id,
      title: 'Other',
      initialState: bytes(),
      stats: { words: 0, sectionsFilled: 0 },
    })
    documents.setAside(plan.id, [
      { data: bytes(1), reason: 'missing-dependency' },
      { data: bytes(2), reason: 'unreadable' },
    ])
    documents.setAside(other.id, [{ data: bytes(3), reason: 'unreadable' }])
    const parts = documents.setAsideOf(plan.id)
    expect(parts.map((part) => [[...part.data], part.reason])).toEqual([
      [[1], 'missing-dependency'],
      [[2], 'unreadable'],
    ])
    expect(parts[0]?.id).toBeLessThan(parts[1]?.id ?? 0)
    expect(Date.parse(parts[0]?.setAsideAt ?? '')).not.toBeNaN()
    expect(documents.plansWithSetAside()).toEqual(
      new Map([
        [plan.id, 2],
        [other.id, 1],
      ]),
    )
    documents.dropSetAside([parts[0]?.id ?? 0])
    expect(documents.setAsideOf(plan.id).map((part) => part.reason)).toEqual(['unreadable'])
    documents.dropSetAside(documents.setAsideOf(plan.id).map((part) => part.id))
    expect(documents.plansWithSetAside()).toEqual(new Map([[other.id, 1]]))
  })
})
