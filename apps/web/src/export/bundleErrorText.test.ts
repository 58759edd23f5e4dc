import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translator } from '../i18n/translate'
import { bundleErrorText } from './bundleErrorText'

const tEn = translator(en, 'en')
const tKo = translator(ko, 'ko')

describe('bundleErrorText', () => {
  it('translates a known code and falls back to the server’s message for others', () => {
    const pdf = bundleErrorText(tKo, { code: 'pdf_unavailable', message: 'apt-get install x' })
    expect(pdf).toMatch(/^서버에서 PDF를 만들 수 없습니다/)
    expect(pdf).toContain('apt-get install x')
    expect(bundleErrorText(tEn, { code: 'export_failed', message: 'disk full' })).toBe(
      'The export failed: disk full',
    )
  })
})
