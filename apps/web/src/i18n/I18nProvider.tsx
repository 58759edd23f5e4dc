import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { writeStored } from '../lib/browserStorage'
import { en } from './en'
import type { Messages } from './en'
import { I18nContext } from './i18nContext'
import type { I18nValue } from './i18nContext'
import { LANG_STORAGE_KEY, initialLang } from './initialLang'
import type { Lang } from './languages'
import { loadMessages, loadedMessages } from './loadMessages'
import { translator } from './translate'

interface Shown {
  lang: Lang
  messages: Messages
}

const shownIfLoaded = (lang: Lang): Shown | null => {
  const messages = loadedMessages(lang)
  return messages ? { lang, messages } : null
}

/**
 * Provides the chosen language's messages. A catalogue not yet loaded is fetched first: at
 * start nothing renders until it arrives (no flash of English or of keys for a Korean user),
 * and on a switch the UI keeps its current language until then. If it cannot be fetched, the UI
 * stays in (or starts in) English rather than blank.
 */
export const I18nProvider = ({ children }: { children: ReactNode }) => {
  const [chosen, setChosen] = useState<Lang>(initialLang)
  const [shown, setShown] = useState<Shown | null>(() => shownIfLoaded(chosen))

  useEffect(() => {
    let current = true
    loadMessages(chosen).then(
      (messages) => {
        if (current)
          setShown((was) => (was?.messages === messages ? was : { lang: chosen, messages }))
      },
      (error: unknown) => {
        console.error(`Could not load the ${chosen} messages`, error)
        if (current) setShown((was) => was ?? { lang: 'en', messages: en })
      },
    )
    return () => {
      current = false
    }
  }, [chosen])

  const setLang = useCallback((next: Lang) => {
    writeStored(LANG_STORAGE_KEY, next)
    setChosen(next)
  }, [])

  // Screen readers pick their voice from <html lang>, and Korean needs its own line breaking.
  const lang = shown?.lang
  useEffect(() => {
    if (lang) document.documentElement.lang = lang
  }, [lang])

  const value = useMemo<I18nValue | null>(
    () => shown && { lang: shown.lang, setLang, t: translator(shown.messages, shown.lang) },
    [shown, setLang],
  )
  if (!value) return null
  return <I18nContext value={value}>{children}</I18nContext>
}
