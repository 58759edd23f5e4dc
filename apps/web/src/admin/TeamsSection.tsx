import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { CountryBadge } from '../ui/CountryBadge'
import { countryName } from '../ui/countryName'
import { NewTeamForm } from './NewTeamForm'
import { sortTeams } from './sortTeams'

interface TeamsSectionProps {
  teams: TeamSummary[]
  people: UserSummary[]
  onCreated: (team: TeamSummary) => void
}

/** The country teams with who is in them, and the form for a new team. */
export const TeamsSection = ({ teams, people, onCreated }: TeamsSectionProps) => {
  const { t, lang } = useI18n()
  const active = people.filter((person) => person.active)
  return (
    <section className="admin-section" aria-labelledby="teams-heading">
      <div className="admin-section-head">
        <h2 id="teams-heading" className="admin-heading">
          {t('admin.teams.heading')}
        </h2>
        <p className="admin-section-intro">
          {t('admin.teams.plansNote')} <Link href="/">{t('admin.teams.plansLink')}</Link>
        </p>
      </div>
      <div className="admin-columns">
        {teams.length === 0 ? (
          <p className="empty-note">{t('admin.teams.empty')}</p>
        ) : (
          <ul className="team-list" data-testid="team-list">
            {sortTeams(teams, lang).map((team) => {
              const delegates = active.filter((person) => person.teamId === team.id).length
              const mentors = active.filter((person) =>
                person.mentorTeamIds.includes(team.id),
              ).length
              return (
                <li key={team.id} className="team-card">
                  <CountryBadge code={team.countryCode} />
                  <span className="team-card-text">
                    <span className="team-card-name">{countryName(team, lang)}</span>
                    <span className="team-card-meta">
                      {t('admin.teams.members', { delegates, mentors })}
                    </span>
                  </span>
                </li>
              )
            })}
          </ul>
        )}
        <NewTeamForm onCreated={onCreated} />
      </div>
    </section>
  )
}
