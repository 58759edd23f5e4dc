import type { Lang } from './languages'

/** "28 Nov 2026, 14:05" in the UI language: versions are told apart by their time. */
export const formatDateTime = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
