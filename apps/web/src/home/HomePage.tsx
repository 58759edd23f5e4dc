import { useCallback } from 'react'
import { fetchCourse, fetchPlans } from '../api/planApi'
import { useSignedInUser } from '../auth/useSignedInUser'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { useLiveEvents } from '../live/useLiveEvents'
import { Link } from '../router/Link'
import { navigate } from '../router/navigate'
import { planPath } from '../router/matchRoute'
import { AppHeader } from '../shell/AppHeader'
import { LoadFailure } from '../shell/LoadFailure'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { NewPlanForm } from './NewPlanForm'
import { PlanDashboard } from './PlanDashboard'
import '../styles/dashboard.css'

const MAIN_ID = 'main'

/**
 * The course dashboard: the plans the signed-in person may read (the server filters them) with
 * their status and figures, read again when a plan's status changes; admins can also add a
 * plan and open the course's activity.
 */
export const HomePage = () => {
  const t = useT()
  const user = useSignedInUser()
  const load = useCallback(
    (signal: AbortSignal) => Promise.all([fetchCourse(signal), fetchPlans(signal)]),
    [],
  )
  const data = useAsync(load)
  // A plan someone moved shows its new status here at once.
  const { refresh } = data
  useLiveEvents((signal) => {
    if (signal.type === 'plan' || signal.type === 'resync') refresh()
  })
  const course = data.status === 'ready' ? data.value[0] : null
  const isAdmin = user.role === 'admin'
  useDocumentTitle(course ? `${course.name} · ${t('app.name')}` : t('home.documentTitle'))

  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToMain')} />
      <AppHeader>
        <span className="brand" aria-hidden="true">
          {t('app.name')}
        </span>
        <div className="header-titles">
          <h1 className="header-title">{course?.name ?? t('app.tagline')}</h1>
          {course && <span className="header-subtitle">{t('app.tagline')}</span>}
        </div>
      </AppHeader>
      <main id={MAIN_ID} tabIndex={-1} className="home-main dashboard-main">
        {data.status === 'loading' && (
          <p className="page-note" role="status">
            {t('home.loading')}
          </p>
        )}
        {data.status === 'error' && (
          <LoadFailure error={data.error} message={t('home.loadError')} onRetry={data.retry} />
        )}
        {data.status === 'ready' && (
          <>
            <section className="home-plans" aria-labelledby="plans-heading">
              <div className="dashboard-head">
                <h2 id="plans-heading" className="section-heading">
                  {isAdmin ? t('home.plansHeading') : t('home.yourPlansHeading')}
                </h2>
                {isAdmin && (
                  <Link className="button button-small button-quiet" href="/admin/activity">
                    {t('activity.courseLink')}
                  </Link>
                )}
              </div>
              <PlanDashboard plans={data.value[1]} emptyText={t(`home.empty.${user.role}`)} />
            </section>
            {isAdmin && (
              <div className="dashboard-new-plan">
                <NewPlanForm
                  teams={data.value[0].teams}
                  onCreated={(plan) => navigate(planPath(plan.id))}
                />
              </div>
            )}
          </>
        )}
      </main>
    </>
  )
}
