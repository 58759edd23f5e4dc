import { describe, expect, it } from 'vitest'
import { directionOf, languageOf, splitByScript } from './scripts'

describe('scripts', () => {
  it('cut text where the script changes, spaces and digits joining their neighbours', () => {
    expect(splitByScript('서울 2024, Seoul')).toEqual([
      { text: '서울 2024, ', script: 'hangul' },
      { text: 'Seoul', script: 'latin' },
    ])
    expect(splitByScript('(1) مرحبا')).toEqual([{ text: '(1) مرحبا', script: 'arabic' }])
    expect(splitByScript('ไทย और')).toEqual([
      { text: 'ไทย ', script: 'thai' },
      { text: 'और', script: 'devanagari' },
    ])
  })

  it('give a paragraph the direction of its first letter', () => {
    expect(directionOf('2025: تهدف الخطة')).toBe('rtl')
    expect(directionOf('Plan: تهدف')).toBe('ltr')
    expect(directionOf('123')).toBe('ltr')
  })

  it('name the language only where the script is sure of it', () => {
    expect(languageOf('한국은 2017년에 Seoul')).toBe('ko')
    expect(languageOf('แผนนี้')).toBe('th')
    expect(languageOf('تهدف')).toBeUndefined()
    expect(languageOf('यह योजना')).toBeUndefined()
    expect(languageOf('Plan')).toBeUndefined()
  })
})
