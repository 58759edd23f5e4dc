import { useCallback } from 'react'
import { fetchPeople } from '../api/peopleApi'
import { fetchTeams } from '../api/teamApi'
import { useSignedInUser } from '../auth/useSignedInUser'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { Link } from '../router/Link'
import { AppHeader } from '../shell/AppHeader'
import { LoadFailure } from '../shell/LoadFailure'
import { MessagePage } from '../shell/MessagePage'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { AdminConsole } from './AdminConsole'

const MAIN_ID = 'main'

/** `/admin`: teams and people, for admins; everyone else is told they may not be here. */
export const AdminPage = () => {
  const t = useT()
  const user = useSignedInUser()
  if (user.role !== 'admin') {
    return <MessagePage message={t('admin.notAllowed')} testId="admin-not-allowed" />
  }
  return <AdminPageContent />
}

const AdminPageContent = () => {
  const t = useT()
  useDocumentTitle(`${t('admin.title')} · ${t('app.name')}`)
  const load = useCallback(
    (signal: AbortSignal) => Promise.all([fetchTeams(signal), fetchPeople(signal)]),
    [],
  )
  const data = useAsync(load)
  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToMain')} />
      <AppHeader
        actions={
          <Link className="button button-quiet header-link" href="/admin/activity">
            {t('activity.courseLink')}
          </Link>
        }
      >
        <Link className="back-link" href="/">
          <span aria-hidden="true">←</span> {t('editor.backToPlans')}
        </Link>
        <h1 className="header-title">{t('admin.title')}</h1>
      </AppHeader>
      <main id={MAIN_ID} tabIndex={-1} className="admin-main">
        {data.status === 'loading' && (
          <p className="page-note" role="status">
            {t('admin.loading')}
          </p>
        )}
        {data.status === 'error' && (
          <LoadFailure error={data.error} message={t('admin.loadError')} onRetry={data.retry} />
        )}
        {data.status === 'ready' && (
          <AdminConsole initialTeams={data.value[0]} initialPeople={data.value[1]} />
        )}
      </main>
    </>
  )
}
