import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translate, translator } from '../i18n/translate'
import { versionName } from './versionName'

const inEnglish = translator(en, 'en')
const inKorean = translator(ko, 'ko')

describe('versionName', () => {
  it('translates the versions the server took, including those of restores', () => {
    expect(versionName(inKorean, { code: 'status', status: 'in_review' })).toBe(
      ko['history.name.submitted'],
    )
    expect(versionName(inKorean, { code: 'automatic' })).toBe(ko['history.name.automatic'])
    expect(
      versionName(inKorean, { code: 'restored', of: { code: 'status', status: 'final' } }),
    ).toBe(translate(ko, 'ko', 'history.name.restored', { name: ko['history.name.finalized'] }))
    expect(
      versionName(inKorean, { code: 'beforeRestore', of: { code: 'named', name: 'Budget v2' } }),
    ).toBe(translate(ko, 'ko', 'history.name.beforeRestore', { name: 'Budget v2' }))
  })

  it('says them in English as the server names them', () => {
    expect(versionName(inEnglish, { code: 'status', status: 'changes_requested' })).toBe(
      'Changes requested',
    )
    expect(
      versionName(inEnglish, { code: 'restored', of: { code: 'status', status: 'draft' } }),
    ).toBe('Restored “Reopened”')
  })

  it('leaves the names people chose alone, also inside a restore’s name', () => {
    expect(versionName(inKorean, { code: 'named', name: 'Finalized' })).toBe('Finalized')
    expect(
      versionName(inKorean, { code: 'restored', of: { code: 'named', name: 'Finalized' } }),
    ).toBe(translate(ko, 'ko', 'history.name.restored', { name: 'Finalized' }))
  })
})
