import type { Db } from '../database/openDatabase'
import type { DocumentStore, StoredDocument } from './DocumentStore'

const toBytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

export class SqliteDocumentStore implements DocumentStore {
  readonly #statements
  // Made once: better-sqlite3 builds a wrapper (and looks up its statements) per call of
  // `db.transaction`, a measurable part of storing one keystroke.
  readonly #append
  readonly #inTransaction

  constructor(db: Db) {
    this.#statements = {
      snapshot: db.prepare<[string], { state: Buffer }>(
        'SELECT state FROM plan_snapshots WHERE plan_id = ?',
      ),
      updates: db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM plan_updates WHERE plan_id = ? ORDER BY seq',
      ),
      insertUpdate: db.prepare<[string, string, Uint8Array]>(
        `INSERT INTO plan_updates (plan_id, seq, data) VALUES (?,
           (SELECT coalesce(max(seq), 0) + 1 FROM plan_updates WHERE plan_id = ?), ?)`,
      ),
      touchPlan: db.prepare<[string, string | null, string]>(
        'UPDATE plans SET last_edited_at = ?, last_edited_by = coalesce(?, last_edited_by) WHERE id = ?',
      ),
      contributor: db.prepare<[string, string, string]>(
        `INSERT INTO plan_contributors (plan_id, user_id, last_edit_at) VALUES (?, ?, ?)
         ON CONFLICT (plan_id, user_id) DO UPDATE SET last_edit_at = excluded.last_edit_at`,
      ),
      upsertSnapshot: db.prepare<[string, Uint8Array, string]>(
        `INSERT INTO plan_snapshots (plan_id, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (plan_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ),
      deleteUpdates: db.prepare<[string]>('DELETE FROM plan_updates WHERE plan_id = ?'),
    }
    this.#append = db.transaction((planId: string, updates: readonly Uint8Array[]) => {
      for (const update of updates) this.#statements.insertUpdate.run(planId, planId, update)
    })
    this.#inTransaction = db.transaction((work: () => unknown) => work())
  }

  load(planId: string): StoredDocument {
    return this.transaction(() => {
      const snapshot = this.#statements.snapshot.get(planId)
      const updates = this.#statements.updates.all(planId).map((row) => toBytes(row.data))
      return {
        snapshot: snapshot ? toBytes(snapshot.state) : null,
        updates,
        updateCount: updates.length,
      }
    })
  }

  append(planId: string, updates: readonly Uint8Array[]): void {
    this.#append(planId, updates)
  }

  stamp(planId: string, editedAt: Date, editorIds: readonly string[]): void {
    const at = editedAt.toISOString()
    this.transaction(() => {
      this.#statements.touchPlan.run(at, editorIds[editorIds.length - 1] ?? null, planId)
      for (const userId of new Set(editorIds)) this.#statements.contributor.run(planId, userId, at)
    })
  }

  transaction<T>(work: () => T): T {
    // better-sqlite3 turns the transactions of `append` inside this one into savepoints.
    return this.#inTransaction(work) as T
  }

  compact(planId: string, state: Uint8Array): void {
    this.transaction(() => {
      this.#statements.upsertSnapshot.run(planId, state, new Date().toISOString())
      this.#statements.deleteUpdates.run(planId)
    })
  }
}
