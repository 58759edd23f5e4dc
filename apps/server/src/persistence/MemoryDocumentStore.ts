import { MemoryDatabase, mustExist } from '../database/MemoryDatabase'
import type { ClientBinding } from './DocumentStore'
import type { DocumentStore, SetAsidePart, StoredDocument, StoredSetAside } from './DocumentStore'

/**
 * Plan documents in memory: for tests of rooms and the logic around them without a database.
 * Bytes are copied in and out, as a real store's would be.
 */
export class MemoryDocumentStore implements DocumentStore {
  readonly #db: MemoryDatabase

  /** `db` is shared with the course store, which holds the plans. */
  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  load(planId: string): StoredDocument {
    const snapshot = this.#db.planSnapshots.get(planId)
    const updates = [...this.#db.planUpdates.values()]
      .filter((update) => update.planId === planId)
      .map((update) => new Uint8Array(update.data))
    return {
      snapshot: snapshot ? new Uint8Array(snapshot) : null,
      updates,
      updateCount: updates.length,
      clientOwners: new Map(this.#db.planClientIds.get(planId)),
    }
  }

  append(planId: string, updates: readonly Uint8Array[]): void {
    if (updates.length === 0) return
    mustExist(this.#db.plans, planId, 'plan')
    for (const data of updates) {
      this.#db.planUpdates.set(this.#db.nextId(), { planId, data: new Uint8Array(data) })
    }
  }

  stamp(planId: string, editedAt: Date, editorIds: readonly string[]): void {
    const at = editedAt.toISOString()
    const plan = this.#db.plans.get(planId)
    if (editorIds.length > 0) mustExist(this.#db.plans, planId, 'plan')
    for (const userId of editorIds) mustExist(this.#db.users, userId, 'user')
    if (!plan) return
    this.#db.plans.set(planId, {
      ...plan,
      lastEditedAt: at,
      lastEditedBy: editorIds[editorIds.length - 1] ?? plan.lastEditedBy,
    })
    const contributors = new Map(this.#db.planContributors.get(planId))
    for (const userId of editorIds) contributors.set(userId, at)
    this.#db.planContributors.set(planId, contributors)
  }

  transaction<T>(work: () => T): T {
    return this.#db.transaction(work)
  }

  compact(planId: string, state: Uint8Array): void {
    mustExist(this.#db.plans, planId, 'plan')
    this.#db.planSnapshots.set(planId, new Uint8Array(state))
    for (const [seq, update] of this.#db.planUpdates) {
      if (update.planId === planId) this.#db.planUpdates.delete(seq)
    }
  }

  bindClients(planId: string, bindings: readonly ClientBinding[]): void {
    if (bindings.length === 0) return
    mustExist(this.#db.plans, planId, 'plan')
    const owners = new Map(this.#db.planClientIds.get(planId))
    for (const { clientId, personId } of bindings) {
      if (!owners.has(clientId)) owners.set(clientId, personId)
    }
    this.#db.planClientIds.set(planId, owners)
  }

  setAside(planId: string, parts: readonly SetAsidePart[]): void {
    if (parts.length === 0) return
    mustExist(this.#db.plans, planId, 'plan')
    const setAsideAt = new Date().toISOString()
    for (const { data, reason } of parts) {
      const id = this.#db.nextId()
      this.#db.planSetAside.set(id, { id, planId, data: new Uint8Array(data), reason, setAsideAt })
    }
  }

  setAsideOf(planId: string): StoredSetAside[] {
    return [...this.#db.planSetAside.values()]
      .filter((part) => part.planId === planId)
      .map(({ id, data, reason, setAsideAt }) => ({
        id,
        data: new Uint8Array(data),
        reason,
        setAsideAt,
      }))
  }

  dropSetAside(ids: readonly number[]): void {
    for (const id of ids) this.#db.planSetAside.delete(id)
  }

  plansWithSetAside(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const { planId } of this.#db.planSetAside.values()) {
      counts.set(planId, (counts.get(planId) ?? 0) + 1)
    }
    return counts
  }
}
