import { useEffect, useId, useRef, useState } from 'react'
import { signIn } from '../api/authApi'
import { useT } from '../i18n/useT'
import { navigate } from '../router/navigate'
import { useSearchParam } from '../router/useSearchParam'
import { apiErrorText } from '../ui/apiErrorText'
import { AuthPageLayout } from './AuthPageLayout'
import { PasswordField } from './PasswordField'
import { isSignInReason, safeNextPath } from '../auth/signInPath'
import { useAuth } from '../auth/useAuth'

/** `/sign-in?next=…&reason=…`: email and password; on success, on to `next`. */
export const SignInPage = () => {
  const t = useT()
  const { state, signedIn } = useAuth()
  const next = safeNextPath(useSearchParam('next'))
  const reason = useSearchParam('reason')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const emailId = useId()
  const errorId = useId()

  // Signed in (now, or already when the page opened): on to where the person was going.
  useEffect(() => {
    if (state.status === 'signedIn') navigate(next, { replace: true })
  }, [state.status, next])

  return (
    <AuthPageLayout title={t('signIn.title')} intro={t('signIn.intro')}>
      {isSignInReason(reason) && !error && (
        <p className="auth-notice" role="status" data-testid="sign-in-reason">
          {reason === 'signed-out' ? t('signIn.signedOut') : t('signIn.sessionEnded')}
        </p>
      )}
      <form
        className="auth-form"
        data-testid="sign-in-form"
        aria-describedby={error ? errorId : undefined}
        onSubmit={(event) => {
          event.preventDefault()
          if (submitting) return
          setSubmitting(true)
          setError(null)
          signIn(email.trim(), password).then(signedIn, (failure: unknown) => {
            setSubmitting(false)
            setPassword('')
            setError(apiErrorText(t, failure))
            passwordRef.current?.focus()
          })
        }}
      >
        <label htmlFor={emailId} className="field-label">
          {t('signIn.email')}
        </label>
        <input
          id={emailId}
          type="email"
          name="email"
          className="text-input"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          required
          autoFocus
        />
        <PasswordField
          ref={passwordRef}
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          invalid={error !== null}
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
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="auth-footnote">{t('signIn.forgotten')}</p>
    </AuthPageLayout>
  )
}
