import type { PlanSummary, TeamSummary } from '@coplan/protocol'
import { useId, useState } from 'react'
import { createPlan } from '../api/planApi'
import { useApiFailure } from '../auth/useApiFailure'
import { useI18n } from '../i18n/useI18n'
import { countryName } from '../ui/countryName'

/** Longest plan title accepted here; the server has the final say. */
const MAX_TITLE_LENGTH = 120

interface NewPlanFormProps {
  teams: TeamSummary[]
  onCreated: (plan: PlanSummary) => void
}

/** Admins only (the server refuses anyone else): a plan for a team, from the template. */
export const NewPlanForm = ({ teams, onCreated }: NewPlanFormProps) => {
  const { t, lang } = useI18n()
  const describeFailure = useApiFailure()
  const [teamId, setTeamId] = useState('')
  const [title, setTitle] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()
  const teamFieldId = useId()
  const titleFieldId = useId()
  const errorId = useId()

  const sortedTeams = teams.toSorted((a, b) =>
    countryName(a, lang).localeCompare(countryName(b, lang), lang),
  )

  return (
    <section className="panel new-plan" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        {t('newPlan.heading')}
      </h2>
      <p className="panel-intro">{t('newPlan.intro')}</p>
      <form
        data-testid="new-plan-form"
        aria-describedby={error ? errorId : undefined}
        onSubmit={(event) => {
          event.preventDefault()
          if (submitting) return
          setSubmitting(true)
          setError(null)
          createPlan({ title: title.trim(), teamId }).then(onCreated, (failure: unknown) => {
            setSubmitting(false)
            setError(describeFailure(failure))
          })
        }}
      >
        <label htmlFor={teamFieldId} className="field-label">
          {t('newPlan.team')}
        </label>
        <select
          id={teamFieldId}
          name="teamId"
          className="select-input"
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          required
        >
          <option value="" disabled>
            {t('newPlan.teamPlaceholder')}
          </option>
          {sortedTeams.map((team) => (
            <option key={team.id} value={team.id}>
              {countryName(team, lang)}
            </option>
          ))}
        </select>
        <label htmlFor={titleFieldId} className="field-label">
          {t('newPlan.title')}
        </label>
        <input
          id={titleFieldId}
          name="title"
          className="text-input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={t('newPlan.titlePlaceholder')}
          maxLength={MAX_TITLE_LENGTH}
          required
        />
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {t('newPlan.error', { message: error })}
          </p>
        )}
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={submitting || !teamId || !title.trim()}
        >
          {submitting ? t('newPlan.submitting') : t('newPlan.submit')}
        </button>
      </form>
    </section>
  )
}
