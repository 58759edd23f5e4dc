import { useCallback } from 'react'
import { ApiError } from '../api/ApiError'
import { fetchInvitation } from '../api/authApi'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { Link } from '../router/Link'
import { AuthPageLayout } from './AuthPageLayout'
import { SetPasswordForm } from './SetPasswordForm'

/**
 * `/invite/:secret`: the one-time link an admin sends. It names the person it is for; setting a
 * password signs them in. A used, replaced or expired link gets a clear dead end.
 */
export const InvitePage = ({ secret }: { secret: string }) => {
  const t = useT()
  const load = useCallback((signal: AbortSignal) => fetchInvitation(secret, signal), [secret])
  const invitation = useAsync(load)

  if (invitation.status === 'ready') {
    const { name, email } = invitation.value
    return (
      <AuthPageLayout title={t('invite.title')} intro={t('invite.intro', { name, email })}>
        <SetPasswordForm secret={secret} email={email} />
      </AuthPageLayout>
    )
  }
  if (invitation.status === 'loading') {
    return (
      <AuthPageLayout title={t('invite.title')}>
        <p className="auth-notice" role="status">
          {t('invite.loading')}
        </p>
      </AuthPageLayout>
    )
  }
  const invalid = invitation.error instanceof ApiError && invitation.error.status === 404
  return (
    <AuthPageLayout title={invalid ? t('invite.invalidTitle') : t('invite.title')}>
      <div className="auth-dead-end" role="alert" data-testid="invitation-invalid">
        <p>{invalid ? t('error.invitationInvalid') : t('invite.loadError')}</p>
        {invalid ? (
          <Link className="button" href="/sign-in">
            {t('invite.toSignIn')}
          </Link>
        ) : (
          <button type="button" className="button" onClick={invitation.retry}>
            {t('home.retry')}
          </button>
        )}
      </div>
    </AuthPageLayout>
  )
}
