import type { PersonRef } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'

/** Names shown before the rest are summed up as "+2". */
const SHOWN = 2

/** Who has written in the plan, most recent first; the full list is in the tooltip. */
export const ContributorNames = ({ people }: { people: PersonRef[] }) => {
  const { t, lang } = useI18n()
  if (people.length === 0)
    return <span className="figure-none">{t('dashboard.noContributors')}</span>
  const list = new Intl.ListFormat(lang, { type: 'conjunction', style: 'short' })
  const all = list.format(people.map((person) => person.name))
  const rest = people.length - SHOWN
  return (
    <span className="contributors" title={all}>
      <span aria-hidden="true">
        {people
          .slice(0, SHOWN)
          .map((person) => person.name)
          .join(', ')}
        {rest > 0 && <span className="contributors-more">{` +${rest}`}</span>}
      </span>
      <span className="visually-hidden">{all}</span>
    </span>
  )
}
