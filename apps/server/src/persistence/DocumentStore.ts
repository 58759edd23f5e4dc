import type { SetAsideReason } from '../database/tableRows'
export type { SetAsideReason } from '../database/tableRows'

/** A Yjs client id of a plan and the person who writes under it. */
export interface ClientBinding {
  clientId: number
  personId: string
}

/** A plan's stored document: the last compacted state plus the updates stored since. */
export interface StoredDocument {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Number of updates since the snapshot; the room compacts once it grows large. */
  updateCount: number
  /** Who writes under each Yjs client id of the plan (see `ClientOwners`). */
  clientOwners: Map<number, string>
}

/** Stored content of a plan that the plan could not integrate, kept for repair. */
export interface SetAsidePart {
  data: Uint8Array
  reason: SetAsideReason
}

export interface StoredSetAside extends SetAsidePart {
  id: number
  setAsideAt: string
}

/**
 * Where plan documents live. Synchronous on purpose: a room stores every update before it
 * relays it, and a synchronous store makes that ordering impossible to get wrong.
 * Every method throws when storage fails; callers must not go on as if it had succeeded.
 */
export interface DocumentStore {
  load(planId: string): StoredDocument
  /** Stores updates, in order, in one transaction. */
  append(planId: string, updates: readonly Uint8Array[]): void
  /**
   * Stamps the plan as edited at `editedAt` by `editorIds` (the people whose connections sent
   * the updates; the last one is shown as the last editor).
   */
  stamp(planId: string, editedAt: Date, editorIds: readonly string[]): void
  /**
   * Runs `work` in one transaction, so that what several `append` calls inside it store
   * commits at once; each call is then a savepoint whose failure leaves the others intact.
   * Throws if the transaction could not commit.
   */
  transaction<T>(work: () => T): T
  /** Atomically replaces the snapshot with `state` and drops the updates it contains. */
  compact(planId: string, state: Uint8Array): void
  /** Stores who writes under client ids; an id already bound keeps its first person. */
  bindClients(planId: string, bindings: readonly ClientBinding[]): void
  /** Keeps `parts` aside for the plan (see `SetAsideReason`). */
  setAside(planId: string, parts: readonly SetAsidePart[]): void
  setAsideOf(planId: string): StoredSetAside[]
  /** Forgets set-aside parts, e.g. once a repair has integrated them. */
  dropSetAside(ids: readonly number[]): void
  /** Plans with parts set aside, and how many each has. */
  plansWithSetAside(): Map<string, number>
}
