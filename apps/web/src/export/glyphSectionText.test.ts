import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translator } from '../i18n/translate'
import { glyphSectionText } from './glyphSectionText'

const tEn = translator(en, 'en')
const tKo = translator(ko, 'ko')

describe('glyphSectionText', () => {
  it('names the cover, the start and the comments in Korean, not in the server’s English', () => {
    expect(glyphSectionText(tKo, { kind: 'cover' })).toBe('표지')
    expect(glyphSectionText(tKo, { kind: 'start' })).toBe('계획 첫 부분')
    expect(glyphSectionText(tKo, { kind: 'comments' })).toBe('부록: 댓글')
    expect(glyphSectionText(tEn, { kind: 'cover' })).toBe('Cover page')
  })

  it('shows a heading as its author wrote it, in any language', () => {
    expect(glyphSectionText(tKo, { kind: 'heading', text: 'Budget' })).toBe('Budget')
    expect(glyphSectionText(tEn, { kind: 'heading', text: '예산' })).toBe('예산')
  })
})
