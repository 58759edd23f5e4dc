import { en } from './en'
import type { Messages } from './en'
import { ko } from './ko'

export type Lang = 'en' | 'ko'

/** Catalogues by language, in the order the language switch lists them. */
export const catalogues: Record<Lang, Messages> = { en, ko }

export const LANGS = Object.keys(catalogues) as Lang[]

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && value in catalogues
