import type { ActivityKind, ActivityRow } from '../database/tableRows'
export type { ActivityKind, ActivityRow } from '../database/tableRows'

export interface ActivityFilter {
  planId?: string
  kind?: ActivityKind
  /**
   * Only entries listed after this one, for paging back: the `createdAt` and `id` of the last
   * entry shown. Without `id`, only entries strictly older than `at`.
   */
  before?: { at: string; id?: string }
  limit: number
}

export interface NewActivity {
  planId: string | null
  kind: ActivityKind
  actorId: string | null
  detail: object
  /** When it happened; now if left out. */
  now?: string
}

/**
 * What happened to plans and the course: status changes, versions, restores, exports,
 * membership. The newest first; entries of one instant are ordered by id, so paging goes on
 * inside such a group.
 */
export interface ActivityStore {
  record(input: NewActivity): void
  list(filter: ActivityFilter): ActivityRow[]
}
