import type { PlanStatus } from '@coplan/protocol'
import { useT } from '../i18n/useT'
import '../styles/workflow.css'

interface StatusBadgeProps {
  status: PlanStatus
  /** `plan-status` for the badge of the plan a page is about. */
  testId?: string
}

/** A plan's workflow status as a coloured label; a final plan's carries a lock. */
export const StatusBadge = ({ status, testId = 'status-badge' }: StatusBadgeProps) => {
  const t = useT()
  return (
    <span className="status-badge" data-status={status} data-testid={testId}>
      {status === 'final' && (
        <svg className="status-lock" viewBox="0 0 12 12" width="11" height="11" aria-hidden="true">
          <rect x="2" y="5.5" width="8" height="5.5" rx="1" fill="currentColor" />
          <path
            d="M4 5.5V4a2 2 0 0 1 4 0v1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
          />
        </svg>
      )}
      {t(`workflow.status.${status}`)}
    </span>
  )
}
