import { randomUUID } from 'node:crypto'
import { MemoryDatabase, compareText, mustExist } from '../database/MemoryDatabase'
import type { NewNotification, NotificationRow, NotificationStore } from './NotificationStore'

/** Notifications in memory: for tests of who is told what, without a server. */
export class MemoryNotificationStore implements NotificationStore {
  readonly #db: MemoryDatabase

  /** `db` is shared with the comment store: notifications of deleted comments are left out. */
  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  insert(input: NewNotification): void {
    mustExist(this.#db.users, input.userId, 'user')
    mustExist(this.#db.users, input.actorId, 'user')
    mustExist(this.#db.plans, input.planId, 'plan')
    if (input.commentId !== undefined) mustExist(this.#db.comments, input.commentId, 'comment')
    const id = randomUUID()
    this.#db.notifications.set(id, {
      id,
      user_id: input.userId,
      kind: input.kind,
      plan_id: input.planId,
      actor_id: input.actorId,
      comment_id: input.commentId ?? null,
      detail: input.detail === undefined ? null : JSON.stringify(input.detail),
      created_at: input.now,
      read_at: null,
    })
  }

  listFor(userId: string, limit: number): NotificationRow[] {
    return [...this.#db.notifications.values()]
      .filter((row) => row.user_id === userId && this.#isAboutSomethingLive(row.comment_id))
      .reverse()
      .sort((a, b) => compareText(b.created_at, a.created_at))
      .slice(0, Math.max(limit, 0))
      .map(({ user_id: _userId, ...row }) => row)
  }

  markRead(userId: string, ids: readonly string[] | null, now: string): void {
    const wanted = ids === null ? null : new Set(ids)
    for (const [id, row] of this.#db.notifications) {
      if (row.user_id !== userId || row.read_at !== null) continue
      if (wanted === null || wanted.has(id))
        this.#db.notifications.set(id, { ...row, read_at: now })
    }
  }

  #isAboutSomethingLive(commentId: string | null): boolean {
    if (commentId === null) return true
    const comment = this.#db.comments.get(commentId)
    const thread = comment && this.#db.commentThreads.get(comment.thread_id)
    return comment?.deleted_at === null && thread?.deleted_at === null
  }
}
