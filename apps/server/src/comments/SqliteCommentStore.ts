import { randomUUID } from 'node:crypto'
import type { ThreadStatus } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'
import type {
  CommentRow,
  CommentStore,
  MentionRow,
  NewComment,
  NewThread,
  ThreadRow,
} from './CommentStore'

/** Comments in the `comment_threads`, `comments`, `comment_mentions` and `plan_visits` tables. */
export class SqliteCommentStore implements CommentStore {
  readonly #statements
  readonly #inTransaction

  constructor(db: Db) {
    // Id lists are bound as one JSON array (`json_each`), so their SQL text is fixed too.
    this.#statements = {
      threadsOf: db.prepare<[string], ThreadRow>(
        'SELECT * FROM comment_threads WHERE plan_id = ? AND deleted_at IS NULL ORDER BY created_at',
      ),
      thread: db.prepare<[string], ThreadRow>('SELECT * FROM comment_threads WHERE id = ?'),
      commentsOf: db.prepare<[string], CommentRow>(
        `SELECT * FROM comments WHERE deleted_at IS NULL
         AND thread_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid`,
      ),
      comment: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ?'),
      mentionsOf: db.prepare<[string], MentionRow>(
        `SELECT comment_id, user_id FROM comment_mentions
         WHERE comment_id IN (SELECT value FROM json_each(?))`,
      ),
      insertThread: db.prepare<
        [string, string, Uint8Array, Uint8Array, string, string, string, string, string]
      >(
        `INSERT INTO comment_threads (id, plan_id, anchor_start, anchor_end, quote, quote_prefix,
          quote_suffix, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      ),
      insertComment: db.prepare<[string, string, string, string, string]>(
        'INSERT INTO comments (id, thread_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      insertMention: db.prepare<[string, string]>(
        'INSERT OR IGNORE INTO comment_mentions (comment_id, user_id) VALUES (?, ?)',
      ),
      updateBody: db.prepare<[string, string, string]>(
        'UPDATE comments SET body = ?, edited_at = ? WHERE id = ?',
      ),
      deleteMentions: db.prepare<[string]>('DELETE FROM comment_mentions WHERE comment_id = ?'),
      deleteComment: db.prepare<[string, string]>(
        'UPDATE comments SET deleted_at = ? WHERE id = ?',
      ),
      deleteThread: db.prepare<[string, string]>(
        'UPDATE comment_threads SET deleted_at = ? WHERE id = ?',
      ),
      setStatus: db.prepare<[ThreadStatus, string | null, string | null, string]>(
        'UPDATE comment_threads SET status = ?, resolved_by = ?, resolved_at = ? WHERE id = ?',
      ),
      recordVisit: db.prepare<[string, string, string]>(
        `INSERT INTO plan_visits (user_id, plan_id, last_opened_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id, plan_id) DO UPDATE SET last_opened_at = excluded.last_opened_at`,
      ),
      activityFor: db.prepare<
        [string, string],
        { plan_id: string; open_threads: number; new_comments: number }
      >(
        `SELECT t.plan_id,
           COUNT(DISTINCT CASE WHEN t.status = 'open' THEN t.id END) AS open_threads,
           COUNT(CASE WHEN c.author_id != ? AND (v.last_opened_at IS NULL OR c.created_at > v.last_opened_at)
             THEN c.id END) AS new_comments
         FROM comment_threads t
         JOIN comments c ON c.thread_id = t.id AND c.deleted_at IS NULL
         LEFT JOIN plan_visits v ON v.plan_id = t.plan_id AND v.user_id = ?
         WHERE t.deleted_at IS NULL
         GROUP BY t.plan_id`,
      ),
    }
    // Made once: better-sqlite3 builds a wrapper per call of `db.transaction`.
    this.#inTransaction = db.transaction((work: () => unknown) => work())
  }

  transaction<T>(work: () => T): T {
    return this.#inTransaction(work) as T
  }

  threadsOf(planId: string): ThreadRow[] {
    return this.#statements.threadsOf.all(planId)
  }

  thread(id: string): ThreadRow | null {
    return this.#statements.thread.get(id) ?? null
  }

  commentsOf(threadIds: readonly string[]): CommentRow[] {
    if (threadIds.length === 0) return []
    return this.#statements.commentsOf.all(JSON.stringify(threadIds))
  }

  comment(id: string): CommentRow | null {
    return this.#statements.comment.get(id) ?? null
  }

  mentionsOf(commentIds: readonly string[]): MentionRow[] {
    if (commentIds.length === 0) return []
    return this.#statements.mentionsOf.all(JSON.stringify(commentIds))
  }

  insertThread(input: NewThread): string {
    const id = randomUUID()
    this.#statements.insertThread.run(
      id,
      input.planId,
      input.anchorStart,
      input.anchorEnd,
      input.quote.exact,
      input.quote.prefix,
      input.quote.suffix,
      input.createdBy,
      input.now,
    )
    return id
  }

  insertComment(input: NewComment): string {
    const id = randomUUID()
    this.#statements.insertComment.run(id, input.threadId, input.authorId, input.body, input.now)
    for (const userId of input.mentions) this.#statements.insertMention.run(id, userId)
    return id
  }

  updateCommentBody(id: string, body: string, mentions: readonly string[], now: string): void {
    this.#statements.updateBody.run(body, now, id)
    this.#statements.deleteMentions.run(id)
    for (const userId of mentions) this.#statements.insertMention.run(id, userId)
  }

  deleteComment(id: string, now: string): void {
    this.#statements.deleteComment.run(now, id)
  }

  deleteThread(id: string, now: string): void {
    this.#statements.deleteThread.run(now, id)
  }

  setStatus(id: string, status: ThreadStatus, userId: string, now: string): void {
    const resolved = status === 'resolved'
    this.#statements.setStatus.run(status, resolved ? userId : null, resolved ? now : null, id)
  }

  recordVisit(userId: string, planId: string, now: string): void {
    this.#statements.recordVisit.run(userId, planId, now)
  }

  activityFor(userId: string): Map<string, { openThreads: number; newComments: number }> {
    const rows = this.#statements.activityFor.all(userId, userId)
    return new Map(
      rows.map((row) => [
        row.plan_id,
        { openThreads: row.open_threads, newComments: row.new_comments },
      ]),
    )
  }
}
