import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { writeStored } from '../lib/browserStorage'
import { I18nContext } from './i18nContext'
import type { I18nValue } from './i18nContext'
import { LANG_STORAGE_KEY, initialLang } from './initialLang'
import { catalogues } from './languages'
import type { Lang } from './languages'
import { translate } from './translate'

export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [lang, setLangState] = useState<Lang>(initialLang)

  const setLang = useCallback((next: Lang) => {
    writeStored(LANG_STORAGE_KEY, next)
    setLangState(next)
  }, [])

  // Screen readers pick their voice from <html lang>, and Korean needs its own line breaking.
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, values) => translate(catalogues[lang], key, values) }),
    [lang, setLang],
  )
  return <I18nContext value={value}>{children}</I18nContext>
}
