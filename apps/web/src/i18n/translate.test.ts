import { IntlMessageFormat } from 'intl-messageformat'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from './en'
import type { MessageKey } from './en'
import { ko } from './ko'
import { LANGS } from './languages'
import { loadMessages } from './loadMessages'
import { placeholderNames } from './placeholderNames'
import type { PlaceholderNames } from './placeholderNames'
import { translate, translator } from './translate'

const namesOf = (message: string, lang: string) =>
  [
    ...placeholderNames(
      new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst(),
    ),
  ].sort()

describe('translate', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('fills placeholders and leaves missing ones visible', () => {
    expect(translate(en, 'en', 'presence.you', { name: 'Amina' })).toBe('Amina (you)')
    expect(translate(en, 'en', 'presence.you')).toBe('{name} (you)')
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(translate(en, 'en', 'editor.wordCount')).toBe(en['editor.wordCount'])
    expect(console.error).toHaveBeenCalledOnce()
  })

  it('picks each language’s plural form and formats the count', () => {
    const tEn = translator(en, 'en')
    const tKo = translator(ko, 'ko')
    expect(tEn('editor.wordCount', { count: 1 })).toBe('1 word')
    expect(tEn('editor.wordCount', { count: 0 })).toBe('0 words')
    expect(tEn('editor.wordCount', { count: 1234 })).toBe('1,234 words')
    expect(tEn('comments.replies', { count: 1 })).toBe('1 reply')
    expect(tEn('save.unsaved', { count: 2 })).toBe('2 changes not yet on the server')
    expect(tKo('editor.wordCount', { count: 1 })).toBe('단어 1개')
    expect(tKo('save.unsaved', { count: 1234 })).toBe('서버에 아직 저장되지 않은 변경 1,234건')
  })

  it('asks the compiler for exactly the placeholders of the English message', () => {
    const t = translator(en, 'en')
    // @ts-expect-error: `name` is required
    t('presence.you')
    // @ts-expect-error: `count`, not `n`
    t('editor.wordCount', { n: 1 })
    // @ts-expect-error: this message has no placeholders
    t('app.name', { name: 'x' })
    expect(t('auth.signedInAs', { name: 'Amina' })).toBe('Signed in as Amina')
  })
})

describe('PlaceholderNames', () => {
  it('reads top-level names and skips plural branches', () => {
    const plain: PlaceholderNames<'{a} and { b }'> = 'b'
    const plural: PlaceholderNames<'{count, plural, one {# x} other {# xs}} by {who}'> = 'who'
    // @ts-expect-error: a branch is not a placeholder
    const branch: PlaceholderNames<'{count, plural, one {x} other {xs}}'> = 'x'
    expect([plain, plural, branch]).toHaveLength(3)
  })
})

describe('catalogues', () => {
  it('have the same keys in every language', async () => {
    for (const lang of LANGS) {
      expect(Object.keys(await loadMessages(lang)).sort(), lang).toEqual(Object.keys(en).sort())
    }
  })

  it('are valid ICU messages with the same placeholders in every language', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(namesOf(ko[key], 'ko'), key).toEqual(namesOf(en[key], 'en'))
    }
  })
})
