import { CloseCode, PLAN_LIMIT_CODES, planLimitReason } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translator } from '../i18n/translate'
import { closeReasonText } from './closeReasonText'

const inEnglish = translator(en, 'en')
const inKorean = translator(ko, 'ko')

describe('why the server closed a plan', () => {
  it('says which limit a refused change went beyond, in each language, and that the rest is kept', () => {
    for (const t of [inEnglish, inKorean]) {
      const sentences = PLAN_LIMIT_CODES.map((limit) =>
        closeReasonText(t, { code: CloseCode.ContentRefused, reason: planLimitReason(limit) }),
      )
      expect(new Set(sentences).size).toBe(PLAN_LIMIT_CODES.length)
      for (const sentence of sentences) expect(sentence).not.toMatch(/\{\w+\}|limit:/)
    }
    const depth = closeReasonText(inEnglish, {
      code: CloseCode.ContentRefused,
      reason: planLimitReason('depth'),
    })
    expect(depth).toContain('48 levels')
    expect(depth).toContain('Everything saved before it is kept')
    expect(depth).toContain('reload the page')
  })

  it('says a limit was reached when the server names one this version does not know', () => {
    expect(
      closeReasonText(inEnglish, { code: CloseCode.ContentRefused, reason: 'limit:colour' }),
    ).toBe(en['closeReason.4422'])
  })

  it('keeps the server’s own words for codes it does not know', () => {
    expect(closeReasonText(inEnglish, { code: 4999, reason: 'Maintenance' })).toBe('Maintenance')
  })
})
