import { useContext } from 'react'
import { I18nContext } from './i18nContext'
import type { I18nValue } from './i18nContext'

/** The current language, its setter and `t`. */
export const useI18n = (): I18nValue => {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
