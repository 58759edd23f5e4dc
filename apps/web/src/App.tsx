import { Suspense, lazy } from 'react'
import { AuthProvider } from './auth/AuthProvider'
import { InvitePage } from './signIn/InvitePage'
import { RequireSignIn } from './signIn/RequireSignIn'
import { SignInPage } from './signIn/SignInPage'
import { HomePage } from './home/HomePage'
import { I18nProvider } from './i18n/I18nProvider'
import { LiveEventsProvider } from './live/LiveEventsProvider'
import { useT } from './i18n/useT'
import { NotificationsProvider } from './notifications/NotificationsProvider'
import { matchRoute } from './router/matchRoute'
import { usePathname } from './router/usePathname'
import { MessagePage } from './shell/MessagePage'
import { PageLoading } from './ui/PageLoading'

// The editor (TipTap, Yjs) is most of the bundle; the home page should not wait for it, and
// the admin console is for a handful of people.
const EditorPage = lazy(() =>
  import('./editor/EditorPage').then((module) => ({ default: module.EditorPage })),
)
const AdminPage = lazy(() =>
  import('./admin/AdminPage').then((module) => ({ default: module.AdminPage })),
)
const HistoryPage = lazy(() =>
  import('./history/HistoryPage').then((module) => ({ default: module.HistoryPage })),
)
const CourseActivityPage = lazy(() =>
  import('./admin/CourseActivityPage').then((module) => ({ default: module.CourseActivityPage })),
)

const NotFoundPage = () => {
  const t = useT()
  return <MessagePage message={t('app.pageNotFound')} />
}

const Routes = () => {
  const route = matchRoute(usePathname())
  switch (route.name) {
    case 'signIn':
      return <SignInPage />
    case 'invite':
      return <InvitePage key={route.secret} secret={route.secret} />
    case 'home':
      return (
        <RequireSignIn>
          <HomePage />
        </RequireSignIn>
      )
    case 'plan':
      return (
        <RequireSignIn>
          <Suspense fallback={<PageLoading />}>
            <EditorPage key={route.planId} planId={route.planId} />
          </Suspense>
        </RequireSignIn>
      )
    case 'history':
      return (
        <RequireSignIn>
          <Suspense fallback={<PageLoading />}>
            <HistoryPage key={route.planId} planId={route.planId} />
          </Suspense>
        </RequireSignIn>
      )
    case 'admin':
      return (
        <RequireSignIn>
          <Suspense fallback={<PageLoading />}>
            <AdminPage />
          </Suspense>
        </RequireSignIn>
      )
    case 'activity':
      return (
        <RequireSignIn>
          <Suspense fallback={<PageLoading />}>
            <CourseActivityPage />
          </Suspense>
        </RequireSignIn>
      )
    case 'notFound':
      return <NotFoundPage />
  }
}

export const App = () => (
  <I18nProvider>
    <AuthProvider>
      <LiveEventsProvider>
        <NotificationsProvider>
          <Routes />
        </NotificationsProvider>
      </LiveEventsProvider>
    </AuthProvider>
  </I18nProvider>
)
