import type { TeamSummary } from '@coplan/protocol'
import type { Lang } from '../i18n/languages'

/** The team's country in the UI language ("가나" for GH in Korean), else the server's name. */
export const countryName = (
  team: Pick<TeamSummary, 'country' | 'countryCode'>,
  lang: Lang,
): string => {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(team.countryCode) ?? team.country
  } catch {
    // Not an ISO 3166 code Intl knows: the name the course was set up with is still right.
    return team.country
  }
}
