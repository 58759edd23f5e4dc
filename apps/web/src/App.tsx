import { Suspense, lazy } from 'react'
import { HomePage } from './home/HomePage'
import { I18nProvider } from './i18n/I18nProvider'
import { useT } from './i18n/useT'
import { IdentityProvider } from './identity/IdentityProvider'
import { Link } from './router/Link'
import { matchRoute } from './router/matchRoute'
import { usePathname } from './router/usePathname'
import { AppHeader } from './ui/AppHeader'

// The editor (TipTap, Yjs) is most of the bundle; the home page should not wait for it.
const EditorPage = lazy(() =>
  import('./editor/EditorPage').then((module) => ({ default: module.EditorPage })),
)

const PageLoading = () => {
  const t = useT()
  return (
    <p className="page-note" role="status">
      {t('editor.loading')}
    </p>
  )
}

const NotFoundPage = () => {
  const t = useT()
  return (
    <>
      <AppHeader>
        <span className="brand">{t('app.name')}</span>
      </AppHeader>
      <main className="page-main">
        <div className="page-note page-error" role="alert">
          <p>{t('app.pageNotFound')}</p>
          <Link className="button" href="/">
            {t('app.goHome')}
          </Link>
        </div>
      </main>
    </>
  )
}

const Routes = () => {
  const route = matchRoute(usePathname())
  switch (route.name) {
    case 'home':
      return <HomePage />
    case 'plan':
      return (
        <Suspense fallback={<PageLoading />}>
          <EditorPage key={route.planId} planId={route.planId} />
        </Suspense>
      )
    case 'notFound':
      return <NotFoundPage />
  }
}

export const App = () => (
  <I18nProvider>
    <IdentityProvider>
      <Routes />
    </IdentityProvider>
  </I18nProvider>
)
