import { useT } from '../i18n/useT'
import { LoadFailure } from '../shell/LoadFailure'
import { ActivityList } from './ActivityList'
import type { ActivityFeed } from './useActivityFeed'
import { withoutEchoes } from './withoutEchoes'

interface ActivityFeedViewProps {
  feed: ActivityFeed
  showPlan?: boolean
  /** Also the versions that status changes and restores save (when listing versions). */
  showEchoes?: boolean
  emptyText: string
}

/** An activity feed's states: loading, failed, empty, or the entries with "show older". */
export const ActivityFeedView = (props: ActivityFeedViewProps) => {
  const { feed, showPlan, showEchoes = false, emptyText } = props
  const t = useT()
  if (feed.status === 'loading') {
    return (
      <p className="sidebar-note" role="status">
        {t('activity.loading')}
      </p>
    )
  }
  if (feed.status === 'error') {
    return <LoadFailure error={feed.error} message={t('activity.loadError')} onRetry={feed.retry} />
  }
  const entries = showEchoes ? feed.entries : withoutEchoes(feed.entries)
  if (entries.length === 0 && !feed.hasMore) {
    return <p className="empty-note">{emptyText}</p>
  }
  return (
    <>
      <ActivityList entries={entries} showPlan={showPlan} />
      {feed.moreError !== null && (
        <p className="form-error" role="alert">
          {t('activity.moreError')}
        </p>
      )}
      {feed.hasMore && (
        <button
          type="button"
          className="button button-block activity-more"
          disabled={feed.loadingMore}
          onClick={feed.loadMore}
        >
          {feed.loadingMore ? t('activity.loading') : t('activity.more')}
        </button>
      )}
    </>
  )
}
