import type { ActivityView } from '@coplan/protocol'
import { useCallback, useEffect, useState } from 'react'

/** Entries asked for at a time; a shorter page means there are no older ones. */
export const ACTIVITY_PAGE_SIZE = 50

/** Where a page starts: after the last entry shown (its time and id). */
export interface ActivityCursor {
  before: string
  beforeId: string
}

/** One page of activity, the entries listed after `cursor` when given. */
export type FetchActivityPage = (
  cursor: ActivityCursor | undefined,
  signal: AbortSignal,
) => Promise<ActivityView[]>

export type ActivityFeed =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready'
      entries: ActivityView[]
      hasMore: boolean
      loadingMore: boolean
      /** Why the last "load more" failed, if it did. */
      moreError: unknown
      loadMore: () => void
    }

interface FeedState {
  fetchPage: FetchActivityPage
  attempt: number
  entries: ActivityView[] | null
  error: unknown
  hasMore: boolean
  loadingMore: boolean
  moreError: unknown
}

/**
 * An activity log read page by page, newest first. `fetchPage` must be stable (`useCallback`):
 * a new one (other filters) starts over, and answers meant for an old one are dropped.
 */
export const useActivityFeed = (fetchPage: FetchActivityPage): ActivityFeed => {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<FeedState | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const base = { fetchPage, attempt, loadingMore: false, moreError: null }
    fetchPage(undefined, controller.signal).then(
      (entries) =>
        setState({ ...base, entries, error: null, hasMore: entries.length === ACTIVITY_PAGE_SIZE }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ ...base, entries: null, error, hasMore: false })
        }
      },
    )
    return () => controller.abort()
  }, [fetchPage, attempt])

  const retry = useCallback(() => setAttempt((value) => value + 1), [])
  const current = state && state.fetchPage === fetchPage && state.attempt === attempt ? state : null

  const loadMore = useCallback(() => {
    const last = current?.entries?.at(-1)
    if (!current || !last || current.loadingMore) return
    const mine = (s: FeedState | null): s is FeedState => s?.fetchPage === fetchPage
    setState((s) => (mine(s) ? { ...s, loadingMore: true, moreError: null } : s))
    fetchPage({ before: last.createdAt, beforeId: last.id }, new AbortController().signal).then(
      (older) =>
        setState((s) =>
          mine(s)
            ? {
                ...s,
                entries: [...(s.entries ?? []), ...older],
                hasMore: older.length === ACTIVITY_PAGE_SIZE,
                loadingMore: false,
              }
            : s,
        ),
      (error: unknown) =>
        setState((s) => (mine(s) ? { ...s, loadingMore: false, moreError: error } : s)),
    )
  }, [current, fetchPage])

  if (!current) return { status: 'loading' }
  if (!current.entries) return { status: 'error', error: current.error, retry }
  return {
    status: 'ready',
    entries: current.entries,
    hasMore: current.hasMore,
    loadingMore: current.loadingMore,
    moreError: current.moreError,
    loadMore,
  }
}
