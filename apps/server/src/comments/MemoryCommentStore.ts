import { randomUUID } from 'node:crypto'
import type { ThreadStatus } from '@coplan/protocol'
import { MemoryDatabase, compareText, mustExist } from '../database/MemoryDatabase'
import type {
  CommentRow,
  CommentStore,
  MentionRow,
  NewComment,
  NewThread,
  ThreadRow,
} from './CommentStore'

/** Comments in memory: for tests of the comment logic without a server. */
export class MemoryCommentStore implements CommentStore {
  readonly #db: MemoryDatabase

  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  transaction<T>(work: () => T): T {
    return this.#db.transaction(work)
  }

  threadsOf(planId: string): ThreadRow[] {
    return [...this.#db.commentThreads.values()]
      .filter((row) => row.plan_id === planId && row.deleted_at === null)
      .sort((a, b) => compareText(a.created_at, b.created_at))
      .map((row) => ({ ...row }))
  }

  thread(id: string): ThreadRow | null {
    const row = this.#db.commentThreads.get(id)
    return row ? { ...row } : null
  }

  commentsOf(threadIds: readonly string[]): CommentRow[] {
    const wanted = new Set(threadIds)
    return [...this.#db.comments.values()]
      .filter((row) => wanted.has(row.thread_id) && row.deleted_at === null)
      .sort((a, b) => compareText(a.created_at, b.created_at))
      .map((row) => ({ ...row }))
  }

  comment(id: string): CommentRow | null {
    const row = this.#db.comments.get(id)
    return row ? { ...row } : null
  }

  mentionsOf(commentIds: readonly string[]): MentionRow[] {
    return [...new Set(commentIds)].flatMap((commentId) =>
      (this.#db.commentMentions.get(commentId) ?? []).map((userId) => ({
        comment_id: commentId,
        user_id: userId,
      })),
    )
  }

  insertThread(input: NewThread): string {
    mustExist(this.#db.plans, input.planId, 'plan')
    mustExist(this.#db.users, input.createdBy, 'user')
    const id = randomUUID()
    this.#db.commentThreads.set(id, {
      id,
      plan_id: input.planId,
      anchor_start: new Uint8Array(input.anchorStart),
      anchor_end: new Uint8Array(input.anchorEnd),
      quote: input.quote.exact,
      quote_prefix: input.quote.prefix,
      quote_suffix: input.quote.suffix,
      status: 'open',
      created_by: input.createdBy,
      created_at: input.now,
      resolved_by: null,
      resolved_at: null,
      deleted_at: null,
    })
    return id
  }

  insertComment(input: NewComment): string {
    mustExist(this.#db.commentThreads, input.threadId, 'thread')
    mustExist(this.#db.users, input.authorId, 'user')
    const id = randomUUID()
    this.#db.transaction(() => {
      this.#db.comments.set(id, {
        id,
        thread_id: input.threadId,
        author_id: input.authorId,
        body: input.body,
        created_at: input.now,
        edited_at: null,
        deleted_at: null,
      })
      this.#setMentions(id, input.mentions)
    })
    return id
  }

  updateCommentBody(id: string, body: string, mentions: readonly string[], now: string): void {
    const row = this.#db.comments.get(id)
    if (!row) return
    this.#db.transaction(() => {
      this.#db.comments.set(id, { ...row, body, edited_at: now })
      this.#setMentions(id, mentions)
    })
  }

  deleteComment(id: string, now: string): void {
    const row = this.#db.comments.get(id)
    if (row) this.#db.comments.set(id, { ...row, deleted_at: now })
  }

  deleteThread(id: string, now: string): void {
    const row = this.#db.commentThreads.get(id)
    if (row) this.#db.commentThreads.set(id, { ...row, deleted_at: now })
  }

  setStatus(id: string, status: ThreadStatus, userId: string, now: string): void {
    const row = this.#db.commentThreads.get(id)
    if (!row) return
    const resolved = status === 'resolved'
    this.#db.commentThreads.set(id, {
      ...row,
      status,
      resolved_by: resolved ? userId : null,
      resolved_at: resolved ? now : null,
    })
  }

  recordVisit(userId: string, planId: string, now: string): void {
    mustExist(this.#db.users, userId, 'user')
    mustExist(this.#db.plans, planId, 'plan')
    this.#db.planVisits.set(`${userId} ${planId}`, now)
  }

  activityFor(userId: string): Map<string, { openThreads: number; newComments: number }> {
    const activity = new Map<string, { openThreads: Set<string>; newComments: number }>()
    for (const comment of this.#db.comments.values()) {
      const thread = this.#db.commentThreads.get(comment.thread_id)
      if (!thread || comment.deleted_at !== null || thread.deleted_at !== null) continue
      const plan = activity.get(thread.plan_id) ?? { openThreads: new Set(), newComments: 0 }
      activity.set(thread.plan_id, plan)
      if (thread.status === 'open') plan.openThreads.add(thread.id)
      const visit = this.#db.planVisits.get(`${userId} ${thread.plan_id}`)
      if (comment.author_id !== userId && (visit === undefined || comment.created_at > visit)) {
        plan.newComments++
      }
    }
    return new Map(
      [...activity].map(([planId, { openThreads, newComments }]) => [
        planId,
        { openThreads: openThreads.size, newComments },
      ]),
    )
  }

  #setMentions(commentId: string, userIds: readonly string[]): void {
    for (const userId of userIds) mustExist(this.#db.users, userId, 'user')
    this.#db.commentMentions.set(commentId, [...new Set(userIds)])
  }
}
