import type { PlanListItem } from '@coplan/protocol'
import { useT } from '../i18n/useT'

/** Open comment threads, and the comments that are new to the person reading. */
export const CommentCounts = ({ plan }: { plan: PlanListItem }) => {
  const t = useT()
  if (plan.openThreads === 0 && plan.newComments === 0) {
    return <span className="figure-none">{t('dashboard.noComments')}</span>
  }
  return (
    <span className="comment-counts">
      <span>{t('dashboard.openThreads', { count: plan.openThreads })}</span>
      {plan.newComments > 0 && (
        <span className="new-badge">{t('dashboard.newComments', { count: plan.newComments })}</span>
      )}
    </span>
  )
}
