import type { ThreadView } from '@coplan/protocol'

/** Which threads the panel lists (and the text highlights). */
export type ThreadFilter = 'open' | 'resolved' | 'all'

export const THREAD_FILTERS: readonly ThreadFilter[] = ['open', 'resolved', 'all']

export const passesFilter = (thread: ThreadView, filter: ThreadFilter): boolean =>
  filter === 'all' || thread.status === filter
