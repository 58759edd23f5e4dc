import { useCallback } from 'react'
import { fetchPlanActivity } from '../api/activityApi'
import { useT } from '../i18n/useT'
import { ActivityFeedView } from './ActivityFeedView'
import { ACTIVITY_PAGE_SIZE, useActivityFeed } from './useActivityFeed'
import type { ActivityCursor } from './useActivityFeed'

/** What happened to one plan: status changes, versions, restores, exports, membership. */
export const PlanActivity = ({ planId }: { planId: string }) => {
  const t = useT()
  const fetchPage = useCallback(
    (cursor: ActivityCursor | undefined, signal: AbortSignal) =>
      fetchPlanActivity(planId, { ...cursor, limit: ACTIVITY_PAGE_SIZE }, signal),
    [planId],
  )
  const feed = useActivityFeed(fetchPage)
  return <ActivityFeedView feed={feed} emptyText={t('activity.emptyPlan')} />
}
