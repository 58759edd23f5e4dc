import type { Role, TeamSummary } from '@coplan/protocol'
import { ROLES } from '@coplan/protocol'
import { useId } from 'react'
import { useI18n } from '../i18n/useI18n'
import { countryName } from '../ui/countryName'
import type { Assignment } from './Assignment'
import { sortTeams } from './sortTeams'

interface RoleFieldsProps {
  value: Assignment
  onChange: (value: Assignment) => void
  teams: TeamSummary[]
  /** An admin may not demote themselves; the server refuses it too. */
  roleLocked?: boolean
}

/**
 * Role, then what the role needs: a delegate's one team (a select), a mentor's teams (a group of
 * checkboxes). Admins need neither.
 */
export const RoleFields = ({ value, onChange, teams, roleLocked = false }: RoleFieldsProps) => {
  const { t, lang } = useI18n()
  const roleId = useId()
  const teamId = useId()
  const sorted = sortTeams(teams, lang)

  return (
    <>
      <label htmlFor={roleId} className="field-label">
        {t('admin.person.role')}
      </label>
      <select
        id={roleId}
        className="select-input"
        value={value.role}
        disabled={roleLocked}
        onChange={(event) => {
          const role = ROLES.find((entry) => entry === event.target.value)
          if (role) onChange({ ...value, role: role satisfies Role })
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
      {value.role === 'delegate' && (
        <>
          <label htmlFor={teamId} className="field-label">
            {t('admin.person.team')}
          </label>
          <select
            id={teamId}
            className="select-input"
            value={value.teamId}
            onChange={(event) => onChange({ ...value, teamId: event.target.value })}
            required
          >
            <option value="" disabled>
              {t('newPlan.teamPlaceholder')}
            </option>
            {sorted.map((team) => (
              <option key={team.id} value={team.id}>
                {countryName(team, lang)}
              </option>
            ))}
          </select>
        </>
      )}
      {value.role === 'mentor' && (
        <fieldset className="checkbox-group">
          <legend className="field-label">{t('admin.person.mentorTeams')}</legend>
          {sorted.length === 0 && <p className="field-hint">{t('admin.teams.empty')}</p>}
          {sorted.map((team) => (
            <label key={team.id} className="checkbox-label">
              <input
                type="checkbox"
                checked={value.mentorTeamIds.includes(team.id)}
                onChange={(event) =>
                  onChange({
                    ...value,
                    mentorTeamIds: event.target.checked
                      ? [...value.mentorTeamIds, team.id]
                      : value.mentorTeamIds.filter((id) => id !== team.id),
                  })
                }
              />
              {countryName(team, lang)}
            </label>
          ))}
        </fieldset>
      )}
    </>
  )
}
