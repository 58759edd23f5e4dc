import { randomUUID } from 'node:crypto'
import type { Db } from '../database/openDatabase'
import type {
  NewNotification,
  NotificationKind,
  NotificationRow,
  NotificationStore,
} from './NotificationStore'

/** Notifications in the `notifications` table. */
export class SqliteNotificationStore implements NotificationStore {
  readonly #statements

  constructor(db: Db) {
    this.#statements = {
      insert: db.prepare<
        [string, string, NotificationKind, string, string, string | null, string | null, string]
      >(
        `INSERT INTO notifications (id, user_id, kind, plan_id, actor_id, comment_id, detail, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      listFor: db.prepare<[string, number], NotificationRow>(
        `SELECT n.id, n.kind, n.plan_id, n.actor_id, n.comment_id, n.detail, n.created_at, n.read_at
         FROM notifications n
         LEFT JOIN comments c ON c.id = n.comment_id
         LEFT JOIN comment_threads t ON t.id = c.thread_id
         WHERE n.user_id = ? AND (n.comment_id IS NULL OR (c.deleted_at IS NULL AND t.deleted_at IS NULL))
         ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?`,
      ),
      markAllRead: db.prepare<[string, string]>(
        'UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL',
      ),
      markRead: db.prepare<[string, string, string]>(
        'UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL',
      ),
    }
  }

  insert(input: NewNotification): void {
    this.#statements.insert.run(
      randomUUID(),
      input.userId,
      input.kind,
      input.planId,
      input.actorId,
      input.commentId ?? null,
      input.detail === undefined ? null : JSON.stringify(input.detail),
      input.now,
    )
  }

  listFor(userId: string, limit: number): NotificationRow[] {
    return this.#statements.listFor.all(userId, limit)
  }

  markRead(userId: string, ids: readonly string[] | null, now: string): void {
    if (ids === null) {
      this.#statements.markAllRead.run(now, userId)
      return
    }
    for (const id of ids) this.#statements.markRead.run(now, userId, id)
  }
}
