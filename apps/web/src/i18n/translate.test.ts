import { describe, expect, it } from 'vitest'
import { en } from './en'
import { ko } from './ko'
import { translate } from './translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('catalogues', () => {
  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate(en, 'presence.you', { name: 'Amina' })).toBe('Amina (you)')
    expect(translate(en, 'presence.you')).toBe('{name} (you)')
  })

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]))
    }
  })
})
