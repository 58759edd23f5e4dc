import type { PlanListItem } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { CountryBadge } from '../ui/CountryBadge'
import { countryName } from '../ui/countryName'
import { StatusBadge } from '../workflow/StatusBadge'
import { CommentCounts } from './CommentCounts'
import { ContributorNames } from './ContributorNames'
import type { DashboardQuery, SortKey } from './dashboardQuery'
import { LastEdited } from './LastEdited'
import { SectionProgress } from './SectionProgress'
import { SortHeader } from './SortHeader'

interface DashboardTableProps {
  plans: PlanListItem[]
  query: DashboardQuery
  onSort: (key: SortKey) => void
  now: number
}

/** The course dashboard on wide screens: one row per plan, sortable by its headers. */
export const DashboardTable = ({ plans, query, onSort, now }: DashboardTableProps) => {
  const { t, lang } = useI18n()
  const number = new Intl.NumberFormat(lang)
  const sortProps = { query, onSort }
  return (
    <div className="table-scroll">
      <table className="dashboard-table" data-testid="dashboard-table">
        <caption className="visually-hidden">{t('dashboard.caption')}</caption>
        <thead>
          <tr>
            <SortHeader label={t('dashboard.column.title')} sortKey="title" {...sortProps} />
            <SortHeader label={t('dashboard.column.country')} sortKey="country" {...sortProps} />
            <SortHeader label={t('dashboard.column.status')} sortKey="status" {...sortProps} />
            <SortHeader
              label={t('dashboard.column.lastEdited')}
              sortKey="lastEdited"
              {...sortProps}
            />
            <th scope="col">{t('dashboard.column.contributors')}</th>
            <SortHeader
              label={t('dashboard.column.words')}
              sortKey="words"
              numeric
              {...sortProps}
            />
            <th scope="col">{t('dashboard.column.sections')}</th>
            <th scope="col">{t('dashboard.column.comments')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id} data-plan-id={plan.id} data-status={plan.status}>
              <th scope="row" className="plan-cell">
                <Link className="plan-link" href={planPath(plan.id)}>
                  {plan.title}
                </Link>
              </th>
              <td className="country-cell">
                <CountryBadge code={plan.team.countryCode} />
                {countryName(plan.team, lang)}
              </td>
              <td>
                <StatusBadge status={plan.status} />
              </td>
              <td>
                <LastEdited plan={plan} now={now} />
              </td>
              <td>
                <ContributorNames people={plan.contributors} />
              </td>
              <td className="numeric" data-testid="word-count-cell">
                {number.format(plan.wordCount)}
              </td>
              <td>
                <SectionProgress plan={plan} />
              </td>
              <td>
                <CommentCounts plan={plan} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
