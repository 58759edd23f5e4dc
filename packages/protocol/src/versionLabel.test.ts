import { describe, expect, it } from 'vitest'
import type { VersionLabel } from './versionLabel'
import {
  englishVersionName,
  legacyVersionLabel,
  parseVersionLabel,
  versionKindOf,
} from './versionLabel'

const LABELS: VersionLabel[] = [
  { code: 'named', name: 'Budget v2' },
  { code: 'automatic' },
  { code: 'status', status: 'final' },
  { code: 'beforeRestore', of: { code: 'named', name: 'Budget v2' } },
  { code: 'restored', of: { code: 'beforeRestore', of: { code: 'status', status: 'reviewed' } } },
]

describe('version labels', () => {
  it('are named in English and kinds as the API has always given them', () => {
    expect(LABELS.map(englishVersionName)).toEqual([
      'Budget v2',
      'Automatic',
      'Finalized',
      'Before restoring “Budget v2”',
      'Restored “Before restoring “Marked as reviewed””',
    ])
    expect(LABELS.map(versionKindOf)).toEqual(['named', 'auto', 'status', 'auto', 'restore'])
  })

  it('survive storage as JSON, and anything else is not one', () => {
    for (const label of LABELS) {
      expect(parseVersionLabel(JSON.parse(JSON.stringify(label)))).toEqual(label)
    }
    for (const bad of [
      null,
      'Finalized',
      { code: 'named' },
      { code: 'status', status: 'done' },
      { code: 'restored', of: { code: 'nope' } },
      { code: 'toString' },
    ]) {
      expect(parseVersionLabel(bad)).toBeNull()
    }
  })

  it('are read back from the names of versions stored before labels', () => {
    for (const label of LABELS.filter((l) => l.code !== 'named')) {
      expect(legacyVersionLabel(englishVersionName(label), versionKindOf(label))).toEqual(label)
    }
    // A person's name that is also a server's stays theirs where the kind says so.
    expect(legacyVersionLabel('Finalized', 'named')).toEqual({ code: 'named', name: 'Finalized' })
    expect(legacyVersionLabel('Restored “Budget v2”', 'restore')).toEqual({
      code: 'restored',
      of: { code: 'named', name: 'Budget v2' },
    })
  })
})
