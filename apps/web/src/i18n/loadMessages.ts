import { en } from './en'
import type { Messages } from './en'
import type { Lang } from './languages'

/**
 * English ships in the main bundle, as the fallback and the source of keys; every other
 * catalogue is its own chunk, fetched only by those who choose it. The build puts the chunk
 * under `assets/`, so the service worker precaches it and an offline start in Korean works.
 */
const importers: Record<Lang, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  ko: () => import('./ko').then((module) => module.ko),
}

const loaded = new Map<Lang, Messages>([['en', en]])

/** The catalogue of `lang` if it is already here, so a render need not wait for it. */
export const loadedMessages = (lang: Lang): Messages | undefined => loaded.get(lang)

/** The catalogue of `lang`, fetched once. Rejects if the chunk cannot be fetched. */
export const loadMessages = async (lang: Lang): Promise<Messages> => {
  const known = loaded.get(lang)
  if (known) return known
  const messages = await importers[lang]()
  loaded.set(lang, messages)
  return messages
}
