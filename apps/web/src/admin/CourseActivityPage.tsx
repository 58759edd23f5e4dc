import { useSignedInUser } from '../auth/useSignedInUser'
import { useT } from '../i18n/useT'
import { Link } from '../router/Link'
import { AppHeader } from '../shell/AppHeader'
import { MessagePage } from '../shell/MessagePage'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { CourseActivity } from './CourseActivity'

const MAIN_ID = 'main'

/** `/admin/activity`: what happened across the course, for admins. */
export const CourseActivityPage = () => {
  const t = useT()
  const user = useSignedInUser()
  if (user.role !== 'admin') {
    return <MessagePage message={t('activity.notAllowed')} testId="activity-not-allowed" />
  }
  return <CourseActivityContent />
}

const CourseActivityContent = () => {
  const t = useT()
  useDocumentTitle(`${t('activity.courseTitle')} · ${t('app.name')}`)
  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToMain')} />
      <AppHeader>
        <Link className="back-link" href="/">
          <span aria-hidden="true">←</span> {t('editor.backToPlans')}
        </Link>
        <h1 className="header-title">{t('activity.courseTitle')}</h1>
      </AppHeader>
      <main id={MAIN_ID} tabIndex={-1} className="admin-main activity-main">
        <CourseActivity />
      </main>
    </>
  )
}
