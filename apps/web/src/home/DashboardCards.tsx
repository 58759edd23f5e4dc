import type { PlanListItem } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { CountryBadge } from '../ui/CountryBadge'
import { countryName } from '../ui/countryName'
import { StatusBadge } from '../workflow/StatusBadge'
import { CommentCounts } from './CommentCounts'
import { ContributorNames } from './ContributorNames'
import { LastEdited } from './LastEdited'
import { SectionProgress } from './SectionProgress'

/** The course dashboard on narrow screens: a card per plan with the same figures. */
export const DashboardCards = ({ plans, now }: { plans: PlanListItem[]; now: number }) => {
  const { t, lang } = useI18n()
  const number = new Intl.NumberFormat(lang)
  return (
    <ul className="plan-cards" data-testid="dashboard-cards">
      {plans.map((plan) => (
        <li key={plan.id} className="plan-card dashboard-card" data-status={plan.status}>
          <div className="dashboard-card-head">
            <CountryBadge code={plan.team.countryCode} />
            <span className="dashboard-card-country">{countryName(plan.team, lang)}</span>
            <StatusBadge status={plan.status} />
          </div>
          <Link className="plan-card-link" href={planPath(plan.id)}>
            {plan.title}
          </Link>
          <LastEdited plan={plan} now={now} />
          <dl className="dashboard-card-figures">
            <div>
              <dt>{t('dashboard.column.words')}</dt>
              <dd>{number.format(plan.wordCount)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.column.sections')}</dt>
              <dd>
                <SectionProgress plan={plan} />
              </dd>
            </div>
            <div>
              <dt>{t('dashboard.column.comments')}</dt>
              <dd>
                <CommentCounts plan={plan} />
              </dd>
            </div>
            <div className="dashboard-card-wide">
              <dt>{t('dashboard.column.contributors')}</dt>
              <dd>
                <ContributorNames people={plan.contributors} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  )
}
