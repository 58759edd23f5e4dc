import type { ActivityView } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { withoutEchoes } from './withoutEchoes'

const person = { id: 'u1', name: 'Ama Owusu', role: 'delegate' as const, team: 'Ghana' }
const entry = (
  id: string,
  kind: ActivityView['kind'],
  detail: object,
  actor = true,
): ActivityView => ({
  id,
  planId: 'p1',
  planTitle: 'Plan',
  kind,
  actor: actor ? person : null,
  detail: detail as Record<string, unknown>,
  createdAt: '2026-03-01T10:00:00.000Z',
})

describe('withoutEchoes', () => {
  it('drops the versions a status change or restore saves, keeps the rest', () => {
    const entries = [
      entry('a', 'status', { from: 'draft', to: 'in_review' }),
      entry('b', 'version', { name: 'Submitted for review', versionKind: 'status' }),
      entry('c', 'restore', { name: 'Draft 1' }),
      entry('d', 'version', { name: 'Restored “Draft 1”', versionKind: 'restore' }),
      entry('e', 'version', { name: 'Before restoring “Draft 1”', versionKind: 'auto' }),
      entry('f', 'version', { name: 'Automatic', versionKind: 'auto' }, false),
      entry('g', 'version', { name: 'Before budget rework', versionKind: 'named' }),
    ]
    expect(withoutEchoes(entries).map((e) => e.id)).toEqual(['a', 'c', 'f', 'g'])
  })
})
