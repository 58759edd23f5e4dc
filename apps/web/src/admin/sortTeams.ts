import type { TeamSummary } from '@coplan/protocol'
import type { Lang } from '../i18n/languages'
import { countryName } from '../ui/countryName'

/** Teams in the alphabetical order of their country's name in the UI language. */
export const sortTeams = (teams: readonly TeamSummary[], lang: Lang): TeamSummary[] =>
  teams.toSorted((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang))
