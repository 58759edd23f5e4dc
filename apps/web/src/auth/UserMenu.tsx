import { useState } from 'react'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { navigate } from '../router/navigate'
import { usePathname } from '../router/usePathname'
import { personDetails } from './personDetails'
import { signInPath } from './signInPath'
import { UnsentChangesDialog } from './UnsentChangesDialog'
import { useAuth } from './useAuth'

const NAME_MARK = '\u0000'

/** The header's "signed in as", the admin console link for admins, and sign-out. */
export const UserMenu = () => {
  const { t, lang } = useI18n()
  const { state, signOut } = useAuth()
  const pathname = usePathname()
  const [signingOut, setSigningOut] = useState(false)
  const [failed, setFailed] = useState(false)
  /** Plans with changes only on this device, while the person is asked about them. */
  const [unsent, setUnsent] = useState<string[] | null>(null)
  if (state.status !== 'signedIn') return null
  const { user } = state
  const details = personDetails(user, t, lang)
  // "Signed in as {name}" around the name, in whichever order the language puts them, so the
  // words can give way on narrow screens while the name stays.
  const [before = '', after = ''] = t('auth.signedInAs', { name: NAME_MARK }).split(NAME_MARK)

  const finishSignOut = (): void => {
    signOut().then(
      // Also when the editor's socket, closed by this very sign-out, has already sent the
      // page to sign in "because the session ended": it was the person's own doing.
      () => navigate(signInPath({ reason: 'signed-out' }), { replace: true }),
      (error: unknown) => {
        console.error('Sign-out failed', error)
        setSigningOut(false)
        setFailed(true)
      },
    )
  }

  return (
    <div className="user-menu">
      {user.role === 'admin' && pathname !== '/admin' && (
        <Link className="button button-quiet header-link" href="/admin">
          {t('admin.link')}
        </Link>
      )}
      <p
        className="signed-in-as"
        data-testid="signed-in-as"
        title={t('auth.signedInAs', { name: `${user.name} · ${details}` })}
      >
        <span className="color-dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
        <span className="signed-in-text">
          <span className="signed-in-name">
            {before && <span className="signed-in-words">{before}</span>}
            {user.name}
            {after && <span className="signed-in-words">{after}</span>}
          </span>
          <span className="visually-hidden"> · </span>
          <span className="signed-in-details">{details}</span>
        </span>
      </p>
      <button
        type="button"
        className="button button-quiet header-link"
        disabled={signingOut}
        onClick={() => {
          setSigningOut(true)
          setFailed(false)
          // Signing out deletes what this device keeps; ask first if some of it is not sent.
          // Loaded on demand: it brings Yjs, which pages without an editor do not load.
          import('../collab/deviceCopies')
            .then(({ plansWithUnsentChanges }) => plansWithUnsentChanges(user.id))
            .then(
              (planIds) => (planIds.length > 0 ? setUnsent(planIds) : finishSignOut()),
              (error: unknown) => {
                console.warn('Could not look for unsent changes on this device', error)
                finishSignOut()
              },
            )
        }}
      >
        {t('auth.signOut')}
      </button>
      {unsent && (
        <UnsentChangesDialog
          userId={user.id}
          planIds={unsent}
          onStay={() => {
            setUnsent(null)
            setSigningOut(false)
          }}
          onSignOut={() => {
            setUnsent(null)
            finishSignOut()
          }}
        />
      )}
      {failed && (
        <p className="header-error" role="alert">
          {t('auth.signOutFailed')}
        </p>
      )}
    </div>
  )
}
