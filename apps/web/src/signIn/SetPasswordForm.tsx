import { useId, useState } from 'react'
import { acceptInvitation } from '../api/authApi'
import { useT } from '../i18n/useT'
import { navigate } from '../router/navigate'
import { apiErrorText } from '../ui/apiErrorText'
import { PasswordField } from './PasswordField'
import { useAuth } from '../auth/useAuth'

/** The server's rule too (`MIN_PASSWORD_LENGTH`); checked here to answer without a round trip. */
const MIN_PASSWORD_LENGTH = 10

/** Password and confirmation for an invitation; on success the person is signed in, at home. */
export const SetPasswordForm = ({ secret, email }: { secret: string; email: string }) => {
  const t = useT()
  const { signedIn } = useAuth()
  const [password, setPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const hintId = useId()
  const errorId = useId()

  const check = (): string | null => {
    if (password.length < MIN_PASSWORD_LENGTH) {
      return t('invite.tooShort', { count: MIN_PASSWORD_LENGTH })
    }
    if (password !== confirmation) return t('invite.mismatch')
    return null
  }

  return (
    <form
      className="auth-form"
      data-testid="set-password-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (submitting) return
        const problem = check()
        setError(problem)
        if (problem) return
        setSubmitting(true)
        acceptInvitation(secret, password).then(
          (user) => {
            signedIn(user)
            navigate('/', { replace: true })
          },
          (failure: unknown) => {
            setSubmitting(false)
            setError(apiErrorText(t, failure))
          },
        )
      }}
    >
      {/* For password managers: the account this password belongs to. */}
      <input
        type="email"
        className="visually-hidden"
        autoComplete="username"
        value={email}
        readOnly
        tabIndex={-1}
        aria-hidden="true"
      />
      <PasswordField
        label={t('invite.password')}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        invalid={error !== null}
        describedBy={error ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="field-hint">
        {t('invite.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      </p>
      <PasswordField
        label={t('invite.confirmation')}
        value={confirmation}
        onChange={setConfirmation}
        autoComplete="new-password"
        invalid={error !== null}
        describedBy={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button-primary button-block auth-submit"
        disabled={submitting}
      >
        {submitting ? t('invite.submitting') : t('invite.submit')}
      </button>
    </form>
  )
}
