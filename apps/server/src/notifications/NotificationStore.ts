export type NotificationKind = 'mention' | 'reply' | 'status'

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

export interface NewNotification {
  userId: string
  kind: NotificationKind
  planId: string
  actorId: string
  /** Set for comment notifications (mention, reply). */
  commentId?: string
  /** Kind-specific details, kept as JSON. */
  detail?: unknown
  now: string
}

/** What people are told about: mentions, replies to their threads, status changes. */
export interface NotificationStore {
  insert(input: NewNotification): void
  /** The newest first; notifications about deleted comments or threads are left out. */
  listFor(userId: string, limit: number): NotificationRow[]
  /** Marks `userId`'s notifications of `ids` read (all of them if null); read ones keep their time. */
  markRead(userId: string, ids: readonly string[] | null, now: string): void
}
