import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translate } from '../i18n/translate'
import type { Translate } from '../i18n/translate'
import { versionName } from './versionName'

const inEnglish: Translate = (key, values) => translate(en, key, values)
const inKorean: Translate = (key, values) => translate(ko, key, values)

describe('versionName', () => {
  it('translates the names the server gives, including those of restores', () => {
    expect(versionName(inKorean, { name: 'Submitted for review', kind: 'status' })).toBe(
      ko['history.name.submitted'],
    )
    expect(versionName(inKorean, { name: 'Automatic', kind: 'auto' })).toBe(
      ko['history.name.automatic'],
    )
    expect(versionName(inKorean, { name: 'Restored “Finalized”', kind: 'restore' })).toBe(
      translate(ko, 'history.name.restored', { name: ko['history.name.finalized'] }),
    )
    expect(versionName(inKorean, { name: 'Before restoring “Budget v2”', kind: 'auto' })).toBe(
      translate(ko, 'history.name.beforeRestore', { name: 'Budget v2' }),
    )
  })

  it('keeps English names as the server wrote them', () => {
    for (const name of ['Submitted for review', 'Changes requested', 'Marked as reviewed']) {
      expect(versionName(inEnglish, { name, kind: 'status' })).toBe(name)
    }
    expect(versionName(inEnglish, { name: 'Restored “Reopened”', kind: 'restore' })).toBe(
      'Restored “Reopened”',
    )
  })

  it('leaves the names people chose alone', () => {
    expect(versionName(inKorean, { name: 'Finalized', kind: 'named' })).toBe('Finalized')
    expect(versionName(inKorean, { name: 'Before budget rework', kind: 'named' })).toBe(
      'Before budget rework',
    )
  })
})
