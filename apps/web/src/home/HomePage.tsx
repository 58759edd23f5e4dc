import { useCallback } from 'react'
import { fetchCourse, fetchPlans } from '../api/planApi'
import { useSignedInUser } from '../auth/useSignedInUser'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { navigate } from '../router/navigate'
import { planPath } from '../router/matchRoute'
import { AppHeader } from '../ui/AppHeader'
import { LoadFailure } from '../ui/LoadFailure'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { NewPlanForm } from './NewPlanForm'
import { PlanList } from './PlanList'

const MAIN_ID = 'main'

/** The plans the signed-in person may read (the server filters them); admins can add one. */
export const HomePage = () => {
  const t = useT()
  const user = useSignedInUser()
  const load = useCallback(
    (signal: AbortSignal) => Promise.all([fetchCourse(signal), fetchPlans(signal)]),
    [],
  )
  const data = useAsync(load)
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
      <main id={MAIN_ID} tabIndex={-1} className="home-main">
        {data.status === 'loading' && (
          <p className="page-note" role="status">
            {t('home.loading')}
          </p>
        )}
        {data.status === 'error' && (
          <LoadFailure error={data.error} message={t('home.loadError')} onRetry={data.retry} />
        )}
        {data.status === 'ready' && (
          <div className={isAdmin ? 'home-grid' : 'home-single'}>
            <section className="home-plans" aria-labelledby="plans-heading">
              <h2 id="plans-heading" className="section-heading">
                {isAdmin ? t('home.plansHeading') : t('home.yourPlansHeading')}
              </h2>
              <PlanList plans={data.value[1]} emptyText={t(`home.empty.${user.role}`)} />
            </section>
            {isAdmin && (
              <NewPlanForm
                teams={data.value[0].teams}
                onCreated={(plan) => navigate(planPath(plan.id))}
              />
            )}
          </div>
        )}
      </main>
    </>
  )
}
