import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { useId, useState } from 'react'
import { createPerson } from '../api/peopleApi'
import type { Invitation } from '../api/peopleApi'
import { useApiFailure } from '../auth/useApiFailure'
import { useT } from '../i18n/useT'
import { assignmentBody, isCompleteAssignment } from './Assignment'
import type { Assignment } from './Assignment'
import { InvitationLink } from './InvitationLink'
import { RoleFields } from './RoleFields'

const EMPTY_ASSIGNMENT: Assignment = { role: 'delegate', teamId: '', mentorTeamIds: [] }

interface NewPersonFormProps {
  teams: TeamSummary[]
  onCreated: (person: UserSummary) => void
}

/** Adds a person with a role and team(s), and shows the invitation link to send them. */
export const NewPersonForm = ({ teams, onCreated }: NewPersonFormProps) => {
  const t = useT()
  const describeFailure = useApiFailure()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [assignment, setAssignment] = useState(EMPTY_ASSIGNMENT)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [invited, setInvited] = useState<{ name: string; invitation: Invitation } | null>(null)
  const headingId = useId()
  const nameId = useId()
  const emailId = useId()
  const complete = name.trim() !== '' && email.trim() !== '' && isCompleteAssignment(assignment)

  return (
    <section className="panel admin-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-heading">
        {t('admin.newPerson.heading')}
      </h3>
      <p className="panel-intro">{t('admin.newPerson.intro')}</p>
      <form
        data-testid="new-person-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (submitting || !complete) return
          setSubmitting(true)
          setError(null)
          setInvited(null)
          createPerson({ name: name.trim(), email: email.trim(), ...assignmentBody(assignment) })
            .then(({ user, invitationUrl, expiresAt }) => {
              setSubmitting(false)
              setName('')
              setEmail('')
              setAssignment(EMPTY_ASSIGNMENT)
              setInvited({ name: user.name, invitation: { invitationUrl, expiresAt } })
              onCreated(user)
            })
            .catch((failure: unknown) => {
              setSubmitting(false)
              setError(describeFailure(failure))
            })
        }}
      >
        <label htmlFor={nameId} className="field-label">
          {t('admin.people.name')}
        </label>
        <input
          id={nameId}
          className="text-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          maxLength={200}
          required
        />
        <label htmlFor={emailId} className="field-label">
          {t('admin.newPerson.email')}
        </label>
        <input
          id={emailId}
          type="email"
          className="text-input"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="off"
          maxLength={320}
          required
        />
        <RoleFields value={assignment} onChange={setAssignment} teams={teams} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="button button-primary button-block form-submit"
          disabled={submitting || !complete}
        >
          {submitting ? t('admin.saving') : t('admin.newPerson.submit')}
        </button>
      </form>
      <p className="form-success" role="status">
        {invited && t('admin.newPerson.created', { name: invited.name })}
      </p>
      {invited && <InvitationLink invitation={invited.invitation} name={invited.name} />}
    </section>
  )
}
