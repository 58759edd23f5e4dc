import type { PlanListItem } from '@coplan/protocol'
import { useSyncExternalStore } from 'react'
import { useI18n } from '../i18n/useI18n'
import { useMediaQuery } from '../lib/useMediaQuery'
import { useNow } from '../lib/useNow'
import { navigate } from '../router/navigate'
import { subscribeToLocation } from '../router/subscribeToLocation'
import { countryName } from '../ui/countryName'
import { DashboardCards } from './DashboardCards'
import { DashboardFilters } from './DashboardFilters'
import { DashboardTable } from './DashboardTable'
import {
  applyDashboardQuery,
  dashboardSearch,
  naturalDirection,
  parseDashboardQuery,
} from './dashboardQuery'
import type { DashboardQuery, SortKey } from './dashboardQuery'

/** Below this width the table would scroll sideways, so plans become cards. */
const WIDE_SCREEN = '(min-width: 860px)'

const getSearch = () => window.location.search

interface PlanDashboardProps {
  plans: PlanListItem[]
  /** Explains an empty course to this reader. */
  emptyText: string
}

/**
 * The course dashboard: every plan the person may read, with status and figures, filtered and
 * sorted as the page's query says (so a view survives Back and can be shared).
 */
export const PlanDashboard = ({ plans, emptyText }: PlanDashboardProps) => {
  const { t, lang } = useI18n()
  const now = useNow()
  const wide = useMediaQuery(WIDE_SCREEN)
  const query = parseDashboardQuery(useSyncExternalStore(subscribeToLocation, getSearch))
  const nameOf = (plan: PlanListItem) => countryName(plan.team, lang)
  const shown = applyDashboardQuery(plans, query, nameOf, lang)
  const teams = [
    ...new Map(plans.map((plan) => [plan.team.id, plan.team] as const)).values(),
  ].toSorted((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang))

  const change = (next: DashboardQuery) =>
    navigate(`${window.location.pathname}${dashboardSearch(next)}`, { replace: true })
  const sortBy = (key: SortKey) =>
    change({
      ...query,
      sort: key,
      direction:
        query.sort === key ? (query.direction === 'asc' ? 'desc' : 'asc') : naturalDirection(key),
    })

  if (plans.length === 0) {
    return (
      <p className="empty-note" data-testid="plan-list-empty">
        {emptyText}
      </p>
    )
  }
  return (
    <div className="plan-dashboard" data-testid="plan-list">
      <div className="dashboard-bar">
        {/* One plan (a delegate's) needs neither filters nor an order. */}
        {plans.length > 1 && (
          <DashboardFilters query={query} teams={teams} withSort={!wide} onChange={change} />
        )}
        <p className="dashboard-count" role="status">
          {shown.length === plans.length
            ? t('dashboard.countAll', { count: plans.length })
            : t('dashboard.countFiltered', { shown: shown.length, total: plans.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="empty-note" data-testid="dashboard-no-match">
          {t('dashboard.noMatch')}
        </p>
      ) : wide ? (
        <DashboardTable plans={shown} query={query} onSort={sortBy} now={now} />
      ) : (
        <DashboardCards plans={shown} now={now} />
      )}
    </div>
  )
}
