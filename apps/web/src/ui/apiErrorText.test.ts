import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/ApiError'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translator } from '../i18n/translate'
import { apiErrorText } from './apiErrorText'

const tEn = translator(en, 'en')
const tKo = translator(ko, 'ko')

describe('apiErrorText', () => {
  it('speaks the UI language for the codes it knows', () => {
    const error = new ApiError(401, 'invalid_credentials', 'The email or password is not correct')
    expect(apiErrorText(tEn, error)).toBe('The email or password is not correct.')
    expect(apiErrorText(tKo, error)).toBe('이메일 또는 비밀번호가 올바르지 않습니다.')
  })

  it('says where the demo password works', () => {
    const error = new ApiError(403, 'demo_password_local_only', 'The demo password works only…')
    expect(apiErrorText(tEn, error)).toMatch(/^The demo password works only on the computer/)
    expect(apiErrorText(tKo, error)).toMatch(/^데모 비밀번호는/)
  })

  it('says when to retry after too many sign-ins, in seconds under a minute, else in whole minutes', () => {
    const after = (seconds: number) =>
      new ApiError(429, 'too_many_attempts', 'Too many failed sign-ins.', seconds)
    expect(apiErrorText(tEn, after(4))).toBe('Too many failed sign-ins. Try again in 4 s.')
    expect(apiErrorText(tKo, after(4))).toBe(
      '로그인 실패가 너무 많습니다. 4초 후에 다시 시도하세요.',
    )
    expect(apiErrorText(tEn, after(59))).toBe('Too many failed sign-ins. Try again in 59 s.')
    expect(apiErrorText(tEn, after(60))).toBe('Too many failed sign-ins. Try again in 1 min.')
    expect(apiErrorText(tEn, after(61))).toBe('Too many failed sign-ins. Try again in 2 min.')
  })

  it('passes the server’s message on for other codes, and names a network failure', () => {
    const error = new ApiError(400, 'invalid_body', 'countryCode must be a two-letter ISO code')
    expect(apiErrorText(tEn, error)).toBe('countryCode must be a two-letter ISO code')
    expect(apiErrorText(tEn, new TypeError('Failed to fetch'))).toMatch(/could not be reached/)
  })
})
