import { PLAN_STATUSES } from '@coplan/protocol'
import type { TeamSummary } from '@coplan/protocol'
import { useId } from 'react'
import { useI18n } from '../i18n/useI18n'
import { countryName } from '../ui/countryName'
import { SORT_KEYS, naturalDirection } from './dashboardQuery'
import type { DashboardQuery } from './dashboardQuery'

interface DashboardFiltersProps {
  query: DashboardQuery
  /** The teams whose plans are listed, to filter by (a mentor of one team needs no choice). */
  teams: TeamSummary[]
  /** Cards have no column headers, so they get a sort control here. */
  withSort: boolean
  onChange: (query: DashboardQuery) => void
}

/** Filters by status and country, and (for cards) the order. */
export const DashboardFilters = ({ query, teams, withSort, onChange }: DashboardFiltersProps) => {
  const { t, lang } = useI18n()
  const statusId = useId()
  const countryId = useId()
  const sortId = useId()
  const filtered = query.status !== null || query.country !== null
  return (
    <div className="dashboard-filters" role="group" aria-label={t('dashboard.filtersLabel')}>
      <div className="filter-field">
        <label htmlFor={statusId} className="filter-label">
          {t('dashboard.filter.status')}
        </label>
        <select
          id={statusId}
          className="select-input"
          data-testid="status-filter"
          value={query.status ?? ''}
          onChange={(event) =>
            onChange({
              ...query,
              status: PLAN_STATUSES.find((status) => status === event.target.value) ?? null,
            })
          }
        >
          <option value="">{t('dashboard.filter.allStatuses')}</option>
          {PLAN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`workflow.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {(teams.length > 1 || query.country !== null) && (
        <div className="filter-field">
          <label htmlFor={countryId} className="filter-label">
            {t('dashboard.filter.country')}
          </label>
          <select
            id={countryId}
            className="select-input"
            data-testid="country-filter"
            value={query.country ?? ''}
            onChange={(event) => onChange({ ...query, country: event.target.value || null })}
          >
            <option value="">{t('dashboard.filter.allCountries')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.countryCode.toUpperCase()}>
                {countryName(team, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {withSort && (
        <div className="filter-field filter-field-wide">
          <label htmlFor={sortId} className="filter-label">
            {t('dashboard.sort.label')}
          </label>
          <select
            id={sortId}
            className="select-input"
            value={`${query.sort}:${query.direction}`}
            onChange={(event) => {
              const [sort = query.sort, direction] = event.target.value.split(':')
              const key = SORT_KEYS.find((entry) => entry === sort) ?? query.sort
              onChange({
                ...query,
                sort: key,
                direction:
                  direction === 'asc' || direction === 'desc' ? direction : naturalDirection(key),
              })
            }}
          >
            {SORT_KEYS.flatMap((key) =>
              (['asc', 'desc'] as const).map((direction) => (
                <option key={`${key}:${direction}`} value={`${key}:${direction}`}>
                  {t(`dashboard.sort.${key}.${direction}`)}
                </option>
              )),
            )}
          </select>
        </div>
      )}
      {filtered && (
        <button
          type="button"
          className="button button-quiet button-small filter-clear"
          onClick={() => onChange({ ...query, status: null, country: null })}
        >
          {t('dashboard.filter.clear')}
        </button>
      )}
    </div>
  )
}
