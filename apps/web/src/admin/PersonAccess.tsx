import type { UserSummary } from '@coplan/protocol'
import { useId, useState } from 'react'
import { createInvitation, updatePerson } from '../api/peopleApi'
import type { Invitation } from '../api/peopleApi'
import { useApiFailure } from '../auth/useApiFailure'
import { useT } from '../i18n/useT'
import { InvitationLink } from './InvitationLink'
import { personState } from './personState'

interface PersonAccessProps {
  person: UserSummary
  isSelf: boolean
  onSaved: (person: UserSummary) => void
}

/**
 * Whether a person can sign in: a new invitation link (which is also how a password is reset)
 * and deactivation. Each acts at once, without the form above.
 */
export const PersonAccess = ({ person, isSelf, onSaved }: PersonAccessProps) => {
  const t = useT()
  const describeFailure = useApiFailure()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const headingId = useId()
  const state = personState(person)

  const act = <T,>(request: Promise<T>, after: (value: T) => void): void => {
    setBusy(true)
    setError(null)
    setDone(null)
    request.then(
      (value) => {
        setBusy(false)
        after(value)
      },
      (failure: unknown) => {
        setBusy(false)
        setError(describeFailure(failure))
      },
    )
  }

  return (
    <section className="dialog-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="dialog-subtitle">
        {t('admin.access.heading')}{' '}
        <span className={`state-badge state-${state}`}>{t(`admin.state.${state}`)}</span>
      </h3>
      {person.active && (
        <div className="access-action">
          <p className="field-hint">
            {person.hasPassword
              ? t('admin.access.resetHint', { name: person.name })
              : t('admin.access.inviteHint', { name: person.name })}
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => act(createInvitation(person.id), setInvitation)}
          >
            {t('admin.access.newLink')}
          </button>
          {invitation && <InvitationLink invitation={invitation} name={person.name} />}
        </div>
      )}
      <div className="access-action">
        <p className="field-hint">
          {person.active
            ? isSelf
              ? t('admin.access.selfHint')
              : t('admin.access.deactivateHint')
            : t('admin.access.reactivateHint')}
        </p>
        <button
          type="button"
          className={person.active ? 'button button-danger' : 'button'}
          disabled={busy || isSelf}
          onClick={() =>
            act(updatePerson(person.id, { active: !person.active }), (saved) => {
              setInvitation(null)
              setDone(saved.active ? t('admin.access.reactivated') : t('admin.access.deactivated'))
              onSaved(saved)
            })
          }
        >
          {person.active ? t('admin.access.deactivate') : t('admin.access.reactivate')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="form-success" role="status">
        {done}
      </p>
    </section>
  )
}
