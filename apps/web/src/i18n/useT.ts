import type { Translate } from './translate'
import { useI18n } from './useI18n'

/** The translate function of the current language; components re-render when it changes. */
export const useT = (): Translate => useI18n().t
