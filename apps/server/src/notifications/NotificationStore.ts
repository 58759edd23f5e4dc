import type { NotificationKind, NotificationRow } from '../database/tableRows'
export type { NotificationKind, NotificationRow } from '../database/tableRows'
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
