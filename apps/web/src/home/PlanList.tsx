import type { PlanSummary } from '@coplan/protocol'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { useI18n } from '../i18n/useI18n'
import { useNow } from '../lib/useNow'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { CountryBadge } from '../ui/CountryBadge'
import { countryName } from '../ui/countryName'

/** Plans, most recently edited first; `emptyText` explains an empty list to this reader. */
export const PlanList = ({ plans, emptyText }: { plans: PlanSummary[]; emptyText: string }) => {
  const { t, lang } = useI18n()
  const now = useNow()
  const sorted = plans.toSorted((a, b) => b.lastEditedAt.localeCompare(a.lastEditedAt))

  if (sorted.length === 0) {
    return (
      <p className="empty-note" data-testid="plan-list-empty">
        {emptyText}
      </p>
    )
  }
  return (
    <ul className="plan-list" data-testid="plan-list">
      {sorted.map((plan) => {
        const edited = new Date(plan.lastEditedAt)
        return (
          <li key={plan.id} className="plan-card">
            <CountryBadge code={plan.team.countryCode} />
            <div className="plan-card-text">
              <Link className="plan-card-link" href={planPath(plan.id)}>
                {plan.title}
              </Link>
              <span className="plan-card-meta">
                {countryName(plan.team, lang)}
                <span aria-hidden="true"> · </span>
                <time dateTime={plan.lastEditedAt} title={edited.toLocaleString(lang)}>
                  {t('home.lastEdited', { time: formatRelativeTime(edited, now, lang) })}
                </time>
              </span>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
