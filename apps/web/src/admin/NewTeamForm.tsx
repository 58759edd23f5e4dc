import type { TeamSummary } from '@coplan/protocol'
import { useId, useState } from 'react'
import { createTeam } from '../api/teamApi'
import { useApiFailure } from '../auth/useApiFailure'
import { useT } from '../i18n/useT'

const CODE_PATTERN = /^[A-Za-z]{2}$/

/** A new country team: the country's name and its two-letter ISO 3166 code. */
export const NewTeamForm = ({ onCreated }: { onCreated: (team: TeamSummary) => void }) => {
  const t = useT()
  const describeFailure = useApiFailure()
  const [country, setCountry] = useState('')
  const [code, setCode] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<string | null>(null)
  const headingId = useId()
  const countryId = useId()
  const codeId = useId()
  const codeHintId = useId()
  const codeValid = CODE_PATTERN.test(code.trim())

  return (
    <section className="panel admin-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-heading">
        {t('admin.newTeam.heading')}
      </h3>
      <form
        data-testid="new-team-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (submitting || !codeValid) return
          setSubmitting(true)
          setError(null)
          setCreated(null)
          createTeam({ country: country.trim(), countryCode: code.trim().toUpperCase() }).then(
            (team) => {
              setSubmitting(false)
              setCountry('')
              setCode('')
              setCreated(team.country)
              onCreated(team)
            },
            (failure: unknown) => {
              setSubmitting(false)
              setError(describeFailure(failure))
            },
          )
        }}
      >
        <label htmlFor={countryId} className="field-label">
          {t('admin.newTeam.country')}
        </label>
        <input
          id={countryId}
          className="text-input"
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          placeholder={t('admin.newTeam.countryPlaceholder')}
          maxLength={100}
          required
        />
        <label htmlFor={codeId} className="field-label">
          {t('admin.newTeam.code')}
        </label>
        <input
          id={codeId}
          className="text-input text-input-short"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          placeholder="KE"
          maxLength={2}
          autoCapitalize="characters"
          aria-describedby={codeHintId}
          aria-invalid={code.trim() !== '' && !codeValid ? true : undefined}
          required
        />
        <p id={codeHintId} className="field-hint">
          {t('admin.newTeam.codeHint')}
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <p className="form-success" role="status">
          {created && t('admin.newTeam.created', { country: created })}
        </p>
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={submitting || !country.trim() || !codeValid}
        >
          {submitting ? t('admin.saving') : t('admin.newTeam.submit')}
        </button>
      </form>
    </section>
  )
}
