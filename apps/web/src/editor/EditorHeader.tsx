import type { PlanSummary } from '@coplan/protocol'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { AppHeader } from '../ui/AppHeader'
import { CountryBadge } from '../ui/CountryBadge'
import { countryName } from '../ui/countryName'

/** The editor page's header, also shown while the plan loads (then without a plan). */
export const EditorHeader = ({ plan, actions }: { plan?: PlanSummary; actions?: ReactNode }) => {
  const { t, lang } = useI18n()
  return (
    <AppHeader actions={actions}>
      <Link className="back-link" href="/">
        <span aria-hidden="true">←</span> {t('editor.backToPlans')}
      </Link>
      {plan && (
        <div className="header-titles">
          <h1 className="header-title" data-testid="plan-title">
            {plan.title}
          </h1>
          <span className="header-subtitle">
            <CountryBadge code={plan.team.countryCode} />
            {countryName(plan.team, lang)}
          </span>
        </div>
      )}
    </AppHeader>
  )
}
