import type { SessionUser } from '@coplan/protocol'
import type { Lang } from '../i18n/languages'
import type { Translate } from '../i18n/translate'
import { countryName } from '../ui/countryName'

/** "Mentor · Ghana, Peru", "Delegate · Ghana", "Admin": a person's role and team(s). */
export const personDetails = (user: SessionUser, t: Translate, lang: Lang): string => {
  const teams = user.role === 'mentor' ? user.mentorTeams : user.team ? [user.team] : []
  const names = teams.map((team) => countryName(team, lang))
  const role = t(`role.${user.role}`)
  if (names.length === 0) return role
  return `${role} · ${new Intl.ListFormat(lang, { type: 'conjunction', style: 'short' }).format(names)}`
}
