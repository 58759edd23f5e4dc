import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { countryName } from '../ui/countryName'
import { personState } from './personState'

interface PeopleTableProps {
  people: UserSummary[]
  teams: TeamSummary[]
  onManage: (personId: string) => void
}

const ROLE_ORDER = { admin: 0, mentor: 1, delegate: 2 } as const

/** People by role, then name: who they are, their team(s), whether they can sign in. */
export const PeopleTable = ({ people, teams, onManage }: PeopleTableProps) => {
  const { t, lang } = useI18n()
  const teamName = (id: string) => {
    const team = teams.find((entry) => entry.id === id)
    return team ? countryName(team, lang) : id
  }
  const list = new Intl.ListFormat(lang, { type: 'conjunction', style: 'short' })
  const sorted = people.toSorted(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, lang),
  )

  return (
    <div className="table-scroll">
      <table className="people-table" data-testid="people-table">
        <caption className="visually-hidden">{t('admin.people.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.people.name')}</th>
            <th scope="col">{t('admin.person.role')}</th>
            <th scope="col">{t('admin.people.teams')}</th>
            <th scope="col">{t('admin.people.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.people.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((person) => {
            const state = personState(person)
            const teamIds =
              person.role === 'mentor' ? person.mentorTeamIds : person.teamId ? [person.teamId] : []
            return (
              <tr key={person.id} data-email={person.email} data-state={state}>
                <th scope="row" className="person-cell">
                  <span className="person-name">{person.name}</span>
                  <span className="person-email">{person.email}</span>
                </th>
                <td>{t(`role.${person.role}`)}</td>
                <td>{teamIds.length > 0 ? list.format(teamIds.map(teamName)) : '—'}</td>
                <td>
                  <span className={`state-badge state-${state}`}>{t(`admin.state.${state}`)}</span>
                </td>
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('admin.people.manageNamed', { name: person.name })}
                    onClick={() => onManage(person.id)}
                  >
                    {t('admin.people.manage')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
