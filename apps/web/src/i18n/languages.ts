/** The UI languages, in the order the language switch lists them. */
export const LANGS = ['en', 'ko'] as const

export type Lang = (typeof LANGS)[number]

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGS as readonly string[]).includes(value)
