import { historyPath } from '../router/matchRoute'

/** What the history page shows, as its query says. */
export interface HistoryView {
  /** The open version. */
  version?: string | null
  /** What it is compared with: another version's id or `current`. */
  compare?: string | null
  tab?: 'versions' | 'activity'
}

/** The address of a view of a plan's history, so every view can be linked to and reloaded. */
export const historyHref = (planId: string, view: HistoryView = {}): string => {
  const params = new URLSearchParams()
  if (view.tab === 'activity') params.set('tab', 'activity')
  if (view.version) params.set('version', view.version)
  if (view.version && view.compare) params.set('compare', view.compare)
  const query = params.toString()
  return query ? `${historyPath(planId)}?${query}` : historyPath(planId)
}
