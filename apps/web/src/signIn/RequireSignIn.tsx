import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { useT } from '../i18n/useT'
import { navigate } from '../router/navigate'
import { AppHeader } from '../shell/AppHeader'
import { PageLoading } from '../ui/PageLoading'
import { signInPath } from '../auth/signInPath'
import { useAuth } from '../auth/useAuth'

/**
 * Renders its children only while someone is signed in; otherwise sends the person to the
 * sign-in page, which brings them back here afterwards. After a deliberate sign-out it does not
 * remember the page: whoever signs in next may be someone else.
 */
export const RequireSignIn = ({ children }: { children: ReactNode }) => {
  const t = useT()
  const { state, retry } = useAuth()

  useEffect(() => {
    if (state.status !== 'signedOut') return
    // Already sent there (a sign-out's own navigation can land before this effect runs): the
    // sign-in page's reason stays the one that page was given.
    if (window.location.pathname === '/sign-in') return
    const here = window.location.pathname + window.location.search
    const target =
      state.reason === 'signed-out'
        ? signInPath({ reason: 'signed-out' })
        : signInPath({ next: here, ...(state.reason ? { reason: state.reason } : {}) })
    navigate(target, { replace: true })
  }, [state])

  if (state.status === 'signedIn') return children
  if (state.status === 'error') {
    return (
      <>
        <AppHeader>
          <span className="brand">{t('app.name')}</span>
        </AppHeader>
        <main className="page-main">
          <div className="page-note page-error" role="alert">
            <p>{t('auth.loadError')}</p>
            <button type="button" className="button" onClick={retry}>
              {t('home.retry')}
            </button>
          </div>
        </main>
      </>
    )
  }
  return <PageLoading />
}
