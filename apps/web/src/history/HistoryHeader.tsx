import type { PlanSummary } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { AppHeader } from '../shell/AppHeader'
import { CountryBadge } from '../ui/CountryBadge'
import { StatusBadge } from '../workflow/StatusBadge'
import { useLivePlan } from '../workflow/useLivePlan'

/** The history page's header: back to the plan (or to all plans while it loads). */
export const HistoryHeader = ({ plan }: { plan?: PlanSummary }) => {
  const { t } = useI18n()
  return (
    <AppHeader>
      {plan ? (
        <PlanTitles plan={plan} />
      ) : (
        <Link className="back-link" href="/">
          <span aria-hidden="true">←</span> {t('editor.backToPlans')}
        </Link>
      )}
    </AppHeader>
  )
}

const PlanTitles = ({ plan: initial }: { plan: PlanSummary }) => {
  const { t } = useI18n()
  const { plan } = useLivePlan(initial)
  return (
    <>
      <Link className="back-link" href={planPath(plan.id)}>
        <span aria-hidden="true">←</span> {t('history.backToPlan')}
      </Link>
      <div className="header-titles">
        <h1 className="header-title">{t('history.title')}</h1>
        <span className="header-subtitle">
          <CountryBadge code={plan.team.countryCode} />
          <span className="header-subtitle-text">{plan.title}</span>
          <StatusBadge status={plan.status} testId="plan-status" />
        </span>
      </div>
    </>
  )
}
