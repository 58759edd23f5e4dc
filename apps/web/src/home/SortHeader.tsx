import { useT } from '../i18n/useT'
import type { DashboardQuery, SortKey } from './dashboardQuery'

interface SortHeaderProps {
  label: string
  sortKey: SortKey
  query: DashboardQuery
  onSort: (key: SortKey) => void
  numeric?: boolean
}

/** A column header that sorts by its column; pressed again, it turns the order around. */
export const SortHeader = ({ label, sortKey, query, onSort, numeric = false }: SortHeaderProps) => {
  const t = useT()
  const active = query.sort === sortKey
  const sort = active ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none'
  return (
    <th scope="col" aria-sort={sort} className={numeric ? 'numeric' : undefined}>
      <button
        type="button"
        className="sort-button"
        data-active={active || undefined}
        onClick={() => onSort(sortKey)}
        title={t('dashboard.sortBy', { column: label })}
      >
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (query.direction === 'asc' ? '↑' : '↓') : '↕'}
        </span>
      </button>
    </th>
  )
}
