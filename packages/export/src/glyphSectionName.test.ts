import { describe, expect, it } from 'vitest'
import { glyphSectionName } from './glyphSectionName'

describe('glyphSectionName', () => {
  it('names the places of an export in English and a heading by its own text', () => {
    expect(glyphSectionName({ kind: 'cover' })).toBe('Cover page')
    expect(glyphSectionName({ kind: 'start' })).toBe('Start of the plan')
    expect(glyphSectionName({ kind: 'comments' })).toBe('Appendix: Comments')
    expect(glyphSectionName({ kind: 'heading', text: '예산' })).toBe('예산')
  })
})
