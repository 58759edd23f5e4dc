import { useCallback, useId } from 'react'
import { ACTIVITY_KINDS, fetchCourseActivity } from '../api/activityApi'
import { fetchPlans } from '../api/planApi'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { navigate } from '../router/navigate'
import { useSearchParam } from '../router/useSearchParam'
import { ActivityFeedView } from '../history/ActivityFeedView'
import { ACTIVITY_PAGE_SIZE, useActivityFeed } from '../history/useActivityFeed'
import type { ActivityCursor } from '../history/useActivityFeed'

const activityHref = (kind: string | null, plan: string | null): string => {
  const params = new URLSearchParams()
  if (kind) params.set('kind', kind)
  if (plan) params.set('plan', plan)
  const query = params.toString()
  return `/admin/activity${query ? `?${query}` : ''}`
}

/** The course-wide activity log with its filters (kind and plan), which live in the query. */
export const CourseActivity = () => {
  const t = useT()
  const kindParam = useSearchParam('kind')
  const kind = ACTIVITY_KINDS.find((entry) => entry === kindParam)
  const planId = useSearchParam('plan') || undefined
  const kindId = useId()
  const planFieldId = useId()
  const loadPlans = useCallback((signal: AbortSignal) => fetchPlans(signal), [])
  const plans = useAsync(loadPlans)
  const fetchPage = useCallback(
    (cursor: ActivityCursor | undefined, signal: AbortSignal) =>
      fetchCourseActivity({ kind, planId, ...cursor, limit: ACTIVITY_PAGE_SIZE }, signal),
    [kind, planId],
  )
  const feed = useActivityFeed(fetchPage)

  return (
    <section className="course-activity" aria-labelledby={`${kindId}-heading`}>
      <h2 id={`${kindId}-heading`} className="visually-hidden">
        {t('activity.courseTitle')}
      </h2>
      <div
        className="dashboard-filters activity-filters"
        role="group"
        aria-label={t('activity.filtersLabel')}
      >
        <div className="filter-field">
          <label htmlFor={kindId} className="filter-label">
            {t('activity.filter.kind')}
          </label>
          <select
            id={kindId}
            className="select-input"
            data-testid="activity-kind-filter"
            value={kind ?? ''}
            onChange={(event) =>
              navigate(activityHref(event.target.value || null, planId ?? null), { replace: true })
            }
          >
            <option value="">{t('activity.filter.allKinds')}</option>
            {ACTIVITY_KINDS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`activity.kind.${entry}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={planFieldId} className="filter-label">
            {t('activity.filter.plan')}
          </label>
          <select
            id={planFieldId}
            className="select-input"
            data-testid="activity-plan-filter"
            value={planId ?? ''}
            disabled={plans.status !== 'ready'}
            onChange={(event) =>
              navigate(activityHref(kind ?? null, event.target.value || null), { replace: true })
            }
          >
            <option value="">{t('activity.filter.allPlans')}</option>
            {plans.status === 'ready' &&
              plans.value.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.title}
                </option>
              ))}
          </select>
        </div>
      </div>
      <ActivityFeedView
        feed={feed}
        showPlan
        showEchoes={kind === 'version'}
        emptyText={kind || planId ? t('activity.emptyFiltered') : t('activity.emptyCourse')}
      />
    </section>
  )
}
