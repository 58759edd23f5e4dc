import type { ActivityView, ThreadStatus, VersionView } from '@coplan/protocol'

/*
 * The rows of the tables more than one store reads: the shapes both the SQLite stores and the
 * in-memory twin (`MemoryDatabase`) hold, kept here, below every store folder, so that the
 * in-memory database can hold them without importing the stores that use it.
 */

export type NotificationKind = 'mention' | 'reply' | 'status'

export type ActivityKind = ActivityView['kind']

export interface ActivityRow {
  id: string
  plan_id: string | null
  kind: ActivityKind
  actor_id: string | null
  detail: string
  created_at: string
}

export interface ThreadRow {
  id: string
  plan_id: string
  /** An encoded Yjs relative position. */
  anchor_start: Uint8Array
  anchor_end: Uint8Array
  quote: string
  quote_prefix: string
  quote_suffix: string
  status: ThreadStatus
  created_by: string
  created_at: string
  resolved_by: string | null
  resolved_at: string | null
  deleted_at: string | null
}

export interface CommentRow {
  id: string
  thread_id: string
  author_id: string
  body: string
  created_at: string
  edited_at: string | null
  deleted_at: string | null
}

export interface NotificationRow {
  id: string
  kind: NotificationKind
  plan_id: string
  actor_id: string
  comment_id: string | null
  detail: string | null
  created_at: string
  read_at: string | null
}

/** Why stored content was set aside: it builds on changes never stored, or cannot be read. */
export type SetAsideReason = 'missing-dependency' | 'unreadable'

export interface VersionRow {
  id: string
  plan_id: string
  name: string
  kind: VersionView['kind']
  /** A `VersionLabel` as JSON; null for versions stored before labels. */
  label: string | null
  created_by: string | null
  created_at: string
  contributors: string
  word_count: number
}
