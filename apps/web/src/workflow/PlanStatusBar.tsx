import { ExportButton } from '../export/ExportButton'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { historyPath } from '../router/matchRoute'
import { LastStatusChange } from './LastStatusChange'
import { StatusActions } from './StatusActions'
import type { LivePlan } from './useLivePlan'

/**
 * The bar under the editor's header: where the plan stands in the workflow (the last move and
 * its message), the moves the person may make, the way to the plan's history and its export. It
 * scrolls away with the page; the header keeps the status badge.
 */
export const PlanStatusBar = ({ live }: { live: LivePlan }) => {
  const { t } = useI18n()
  const { plan } = live
  return (
    <section className="plan-status-bar" aria-label={t('workflow.barLabel')}>
      <LastStatusChange planId={plan.id} status={plan.status} />
      <div className="plan-status-bar-actions">
        <StatusActions live={live} />
        <Link className="button button-small button-quiet history-link" href={historyPath(plan.id)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {t('history.link')}
        </Link>
        <ExportButton planId={plan.id} className="button button-small button-quiet history-link" />
      </div>
    </section>
  )
}
