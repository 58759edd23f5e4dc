import { PLAN_STATUSES } from '@coplan/protocol'
import type { PlanListItem, PlanStatus } from '@coplan/protocol'

export type SortKey = 'title' | 'country' | 'status' | 'lastEdited' | 'words'
export type SortDirection = 'asc' | 'desc'

export const SORT_KEYS: readonly SortKey[] = ['title', 'country', 'status', 'lastEdited', 'words']

/** What the dashboard shows: filters (`null` for all) and order. Lives in the page's query. */
export interface DashboardQuery {
  status: PlanStatus | null
  /** A team's country code. */
  country: string | null
  sort: SortKey
  direction: SortDirection
}

/** Most recently edited first: what changed is what people look for. */
export const DEFAULT_QUERY: DashboardQuery = {
  status: null,
  country: null,
  sort: 'lastEdited',
  direction: 'desc',
}

/** Figures read best largest or newest first, names from A. */
export const naturalDirection = (key: SortKey): SortDirection =>
  key === 'lastEdited' || key === 'words' ? 'desc' : 'asc'

const isStatus = (value: string | null): value is PlanStatus =>
  PLAN_STATUSES.includes(value as PlanStatus)

const isSortKey = (value: string | null): value is SortKey => SORT_KEYS.includes(value as SortKey)

/** Reads the query of `/?status=…&country=…&sort=…&dir=…`; anything unknown means the default. */
export const parseDashboardQuery = (search: string): DashboardQuery => {
  const params = new URLSearchParams(search)
  const status = params.get('status')
  const sort = params.get('sort')
  const key = isSortKey(sort) ? sort : DEFAULT_QUERY.sort
  const dir = params.get('dir')
  return {
    status: isStatus(status) ? status : null,
    country: params.get('country')?.toUpperCase() || null,
    sort: key,
    direction: dir === 'asc' || dir === 'desc' ? dir : naturalDirection(key),
  }
}

/** The query string for `query`, leaving out what is the default. */
export const dashboardSearch = (query: DashboardQuery): string => {
  const params = new URLSearchParams()
  if (query.status) params.set('status', query.status)
  if (query.country) params.set('country', query.country)
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort)
  if (query.direction !== naturalDirection(query.sort)) params.set('dir', query.direction)
  const text = params.toString()
  return text ? `?${text}` : ''
}

const compareBy = (key: SortKey, countryName: (plan: PlanListItem) => string, lang: string) => {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  return (a: PlanListItem, b: PlanListItem): number => {
    switch (key) {
      case 'title':
        return collator.compare(a.title, b.title)
      case 'country':
        return collator.compare(countryName(a), countryName(b))
      case 'status':
        return PLAN_STATUSES.indexOf(a.status) - PLAN_STATUSES.indexOf(b.status)
      case 'lastEdited':
        return a.lastEditedAt.localeCompare(b.lastEditedAt)
      case 'words':
        return a.wordCount - b.wordCount
    }
  }
}

/**
 * The plans the query shows, in its order; ties keep title order, so the list never shuffles.
 * `countryName` is the name shown (in the UI language), which is also what sorts.
 */
export const applyDashboardQuery = (
  plans: readonly PlanListItem[],
  query: DashboardQuery,
  countryName: (plan: PlanListItem) => string,
  lang: string,
): PlanListItem[] => {
  const primary = compareBy(query.sort, countryName, lang)
  const byTitle = compareBy('title', countryName, lang)
  const sign = query.direction === 'asc' ? 1 : -1
  return plans
    .filter((plan) => !query.status || plan.status === query.status)
    .filter((plan) => !query.country || plan.team.countryCode.toUpperCase() === query.country)
    .toSorted((a, b) => sign * primary(a, b) || byTitle(a, b))
}
