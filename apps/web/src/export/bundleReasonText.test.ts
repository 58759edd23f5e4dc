import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translator } from '../i18n/translate'
import { bundleReasonText } from './bundleReasonText'

const tEn = translator(en, 'en')
const tKo = translator(ko, 'ko')

describe('bundleReasonText', () => {
  it('words a plan that is not final, with its status, in Korean', () => {
    const text = bundleReasonText(tKo, { reason: 'not_final', status: 'in_review' })
    expect(text).toBe('최종 계획이 아님 (상태: 검토 중)')
    expect(text).not.toMatch(/Not final|In review/)
  })

  it('words it in English too, and says nothing for an included plan', () => {
    expect(bundleReasonText(tEn, { reason: 'not_final', status: 'draft' })).toBe(
      'Not final (status: Draft)',
    )
    expect(bundleReasonText(tKo, { status: 'final' })).toBeNull()
  })

  it('words a failed export itself and keeps the technical detail', () => {
    expect(bundleReasonText(tKo, { reason: 'export_failed', status: 'final' })).toBe(
      '내보내기에 실패함',
    )
    expect(
      bundleReasonText(tKo, { reason: 'export_failed', status: 'final', detail: 'ENOSPC' }),
    ).toBe('내보내기에 실패함. 기술 정보: ENOSPC')
  })
})
