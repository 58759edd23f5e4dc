import type { Db } from '../database/openDatabase'
import type { ClientBinding } from './DocumentStore'
import type {
  DocumentStore,
  SetAsidePart,
  SetAsideReason,
  StoredDocument,
  StoredSetAside,
} from './DocumentStore'

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
      clientOwners: db.prepare<[string], { client_id: number; user_id: string }>(
        'SELECT client_id, user_id FROM plan_client_ids WHERE plan_id = ?',
      ),
      bindClient: db.prepare<[string, number, string, string]>(
        `INSERT INTO plan_client_ids (plan_id, client_id, user_id, bound_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (plan_id, client_id) DO NOTHING`,
      ),
      insertSetAside: db.prepare<[string, Uint8Array, string, string]>(
        'INSERT INTO plan_set_aside (plan_id, data, reason, set_aside_at) VALUES (?, ?, ?, ?)',
      ),
      setAsideOf: db.prepare<
        [string],
        { id: number; data: Buffer; reason: SetAsideReason; set_aside_at: string }
      >('SELECT id, data, reason, set_aside_at FROM plan_set_aside WHERE plan_id = ? ORDER BY id'),
      dropSetAside: db.prepare<[number]>('DELETE FROM plan_set_aside WHERE id = ?'),
      plansWithSetAside: db.prepare<[], { plan_id: string; parts: number }>(
        'SELECT plan_id, count(*) AS parts FROM plan_set_aside GROUP BY plan_id',
      ),
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
      const clientOwners = new Map(
        this.#statements.clientOwners.all(planId).map((row) => [row.client_id, row.user_id]),
      )
      return {
        snapshot: snapshot ? toBytes(snapshot.state) : null,
        updates,
        updateCount: updates.length,
        clientOwners,
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

  bindClients(planId: string, bindings: readonly ClientBinding[]): void {
    const at = new Date().toISOString()
    this.transaction(() => {
      for (const { clientId, personId } of bindings) {
        this.#statements.bindClient.run(planId, clientId, personId, at)
      }
    })
  }

  setAside(planId: string, parts: readonly SetAsidePart[]): void {
    const at = new Date().toISOString()
    this.transaction(() => {
      for (const { data, reason } of parts) {
        this.#statements.insertSetAside.run(planId, data, reason, at)
      }
    })
  }

  setAsideOf(planId: string): StoredSetAside[] {
    return this.#statements.setAsideOf.all(planId).map((row) => ({
      id: row.id,
      data: toBytes(row.data),
      reason: row.reason,
      setAsideAt: row.set_aside_at,
    }))
  }

  dropSetAside(ids: readonly number[]): void {
    this.transaction(() => {
      for (const id of ids) this.#statements.dropSetAside.run(id)
    })
  }

  plansWithSetAside(): Map<string, number> {
    return new Map(this.#statements.plansWithSetAside.all().map((row) => [row.plan_id, row.parts]))
  }

  compact(planId: string, state: Uint8Array): void {
    this.transaction(() => {
      this.#statements.upsertSnapshot.run(planId, state, new Date().toISOString())
      this.#statements.deleteUpdates.run(planId)
    })
  }
}
