import type { ThreadStatus } from '@coplan/protocol'
import type { ThreadRow, CommentRow } from '../database/tableRows'
export type { ThreadRow, CommentRow } from '../database/tableRows'

export interface MentionRow {
  comment_id: string
  user_id: string
}

export interface NewThread {
  planId: string
  anchorStart: Uint8Array
  anchorEnd: Uint8Array
  quote: { exact: string; prefix: string; suffix: string }
  createdBy: string
  now: string
}

export interface NewComment {
  threadId: string
  authorId: string
  body: string
  /** The people the comment mentions; repeats are stored once. */
  mentions: readonly string[]
  now: string
}

/**
 * Comment threads, comments, mentions and plan visits: storage only. Deleting keeps the row
 * with a `deleted_at`; lists leave deleted rows out, lookups by id do not.
 */
export interface CommentStore {
  /** Runs `work` in one transaction: a comment and its notifications are stored together. */
  transaction<T>(work: () => T): T
  /** The plan's threads that are not deleted, the oldest first. */
  threadsOf(planId: string): ThreadRow[]
  thread(id: string): ThreadRow | null
  /** The threads' comments that are not deleted, in the order written. */
  commentsOf(threadIds: readonly string[]): CommentRow[]
  comment(id: string): CommentRow | null
  /** In no particular order. */
  mentionsOf(commentIds: readonly string[]): MentionRow[]
  /** Stores an open thread; returns its id. */
  insertThread(input: NewThread): string
  /** Returns the comment's id. */
  insertComment(input: NewComment): string
  /** Replaces the body and the mentions, marking the comment edited. */
  updateCommentBody(id: string, body: string, mentions: readonly string[], now: string): void
  deleteComment(id: string, now: string): void
  deleteThread(id: string, now: string): void
  /** Resolving records who and when; reopening clears both. */
  setStatus(id: string, status: ThreadStatus, userId: string, now: string): void
  /** Notes that `userId` opened the plan at `now`. */
  recordVisit(userId: string, planId: string, now: string): void
  /**
   * Per plan with commented threads: its open threads, and the comments by others since
   * `userId` last opened it (all of them if never). Deleted threads and comments do not count.
   */
  activityFor(userId: string): Map<string, { openThreads: number; newComments: number }>
}
