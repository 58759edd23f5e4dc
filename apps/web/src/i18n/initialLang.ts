import { readStored } from '../lib/browserStorage'
import { isLang } from './languages'
import type { Lang } from './languages'

export const LANG_STORAGE_KEY = 'coplan.lang'

/** The stored choice, else Korean for browsers that prefer it, else English. */
export const initialLang = (): Lang => {
  const stored = readStored(LANG_STORAGE_KEY)
  if (isLang(stored)) return stored
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('ko')) ? 'ko' : 'en'
}
