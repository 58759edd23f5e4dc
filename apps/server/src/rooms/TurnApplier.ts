import * as Y from 'yjs'
import type { Logger } from '../logger'
import type { BodyShape, ClockRange } from './BodyShape'
import type { Connection } from './Connection'
import { ContentRefusedError } from './ContentRefusedError'
import { deleteDeepestFirst } from './deleteDeepestFirst'
import { encodeIntegrated, heldAsideBytes } from './encodeIntegrated'

/** A client's update waiting for the end of the turn. */
interface Incoming {
  update: Uint8Array
  from: Connection
  /** An editor's change, not a handshake's answer (sync step 2). */
  edit: boolean
  /** The clocks it writes (from `assertBodyOnlyUpdate`). */
  ranges: readonly ClockRange[]
}

export interface TurnApplierOptions {
  planId: string
  doc: Y.Doc
  logger: Logger
  /** What may be in the body; what is not is taken out again before anything is handed on. */
  shape: BodyShape
  /** What the doc gained, to store and relay, and who made it (connections, a restore's). */
  onChange: (update: Uint8Array, origins: readonly unknown[]) => void
  /** A connection whose update Yjs threw on. */
  onRefused: (connection: Connection, error: unknown) => void
  /** After applying, when Yjs holds parts aside (see `HeldAside`); absent: nothing is told. */
  onHeldAside?: (held: HeldAside) => void
}

/** What Yjs holds aside after a turn: updates that build on changes it never received. */
export interface HeldAside {
  /** Bytes held aside now (0: nothing waits any more). */
  bytes: number
  /** Whose updates this turn made it grow. */
  grownBy: readonly Connection[]
  /** Who sent a handshake's answer (sync step 2) this turn. */
  answeredBy: readonly Connection[]
}

/** Every client's clocks that `transaction` added to the doc. */
const rangesOf = (transaction: Y.Transaction): ClockRange[] => {
  const ranges: ClockRange[] = []
  for (const [client, to] of transaction.afterState) {
    const from = transaction.beforeState.get(client) ?? 0
    if (to > from) ranges.push({ client, from, to })
  }
  return ranges
}

/** Whether a transaction changed the doc: new structs or deletions. */
const changedAnything = (transaction: Y.Transaction): boolean =>
  transaction.deleteSet.clients.size > 0 || rangesOf(transaction).length > 0

const overlaps = (ranges: readonly ClockRange[], item: Y.Item): boolean =>
  ranges.some(
    ({ client, from, to }) =>
      client === item.id.client && from < item.id.clock + item.length && item.id.clock < to,
  )

/** Why a connection whose update put strays in the body is closed. */
class StrayContentError extends Error {
  constructor() {
    super('Update puts in the plan body what no editor makes')
  }
}

/** What the doc gained in `transaction`: its structs since then and its deletions. */
const updateSince = (doc: Y.Doc, transaction: Y.Transaction): Uint8Array =>
  encodeIntegrated(doc, Y.encodeStateVector(transaction.beforeState))

/**
 * Applies a plan's incoming client updates to its doc at the end of each event-loop turn, all
 * in one Yjs transaction, and hands on what the doc gained.
 *
 * Why, and why no `update` listener on the doc: Yjs works out the state vector before and after
 * every transaction and, for an `update` listener, encodes the update over every client id the
 * plan has ever had (one per page load), so a plan's per-keystroke cost grew with its age. A
 * turn with one editor's update hands on the client's own bytes once Yjs has applied all of
 * them; a turn with several, or a handshake's answer, gets Yjs's one update of what was new.
 * Changes made on the doc by anyone else (a restore) are caught after their transaction.
 */
export class TurnApplier {
  readonly #options: TurnApplierOptions
  #incoming: Incoming[] = []
  /** Set while applying client updates here (see `#onTransactionCleanup`). */
  #applying = false
  /** Senders whose update made Yjs hold more aside, in the turn being applied. */
  readonly #grownBy = new Set<Connection>()
  /** The last transaction made here, for when an update fails halfway. */
  #lastTransaction: Y.Transaction | null = null

  constructor(options: TurnApplierOptions) {
    this.#options = options
    options.doc.on('afterTransactionCleanup', this.#onTransactionCleanup)
  }

  /** A checked update (`ranges`: the clocks it writes) to apply at the end of the turn. */
  add(update: Uint8Array, from: Connection, edit: boolean, ranges: readonly ClockRange[]): void {
    this.#incoming.push({ update, from, edit, ranges })
  }

  /** The updates added and not applied yet, in the order they came (for `assertUpdateDepth`). */
  queued(): Uint8Array[] {
    return this.#incoming.map((incoming) => incoming.update)
  }

  /**
   * Applies what was added. `ownBytes`: nothing else can join this turn's changes any more, so
   * a lone editor's update may be handed on as the bytes its client sent, without asking Yjs
   * to encode it again.
   */
  apply(ownBytes: boolean): void {
    const incoming = this.#incoming
    if (incoming.length === 0) return
    this.#incoming = []
    const heldBefore = heldAsideBytes(this.#options.doc)
    this.#grownBy.clear()
    const failed = new Map<Connection, unknown>()
    // A handshake's answer goes on its own, so that it counts as someone's edit only if it
    // brought something new (a reconnecting editor's offline work), not for merely joining.
    for (const answer of incoming) if (!answer.edit) this.#applyTogether([answer], failed)
    const edits = incoming.filter((message) => message.edit && !failed.has(message.from))
    const [only] = edits
    if (ownBytes && only && edits.length === 1 && !this.#waits()) {
      this.#applyAlone(only, failed)
    } else if (edits.length > 0) {
      this.#applyTogether(edits, failed)
    }
    for (const [connection, error] of failed) this.#options.onRefused(connection, error)
    const held = heldAsideBytes(this.#options.doc)
    if (held > 0 || heldBefore > 0) {
      this.#options.onHeldAside?.({
        bytes: held,
        grownBy: [...this.#grownBy].filter((connection) => !failed.has(connection)),
        answeredBy: incoming.flatMap((message) => (message.edit ? [] : [message.from])),
      })
    }
    this.#grownBy.clear()
  }

  /** Forgets what was added and not applied (the plan's storage failed, or it closes). */
  drop(): void {
    this.#incoming = []
  }

  dispose(): void {
    this.#incoming = []
    this.#options.doc.off('afterTransactionCleanup', this.#onTransactionCleanup)
  }

  /** One editor's update, handed on as the bytes its client sent if Yjs took them all. */
  #applyAlone(edit: Incoming, failed: Map<Connection, unknown>): void {
    const { doc, onChange } = this.#options
    this.#applying = true
    try {
      this.#applyOne(edit.update, edit.from)
    } catch (error) {
      failed.set(edit.from, error)
    } finally {
      this.#applying = false
    }
    const transaction = this.#lastTransaction
    this.#lastTransaction = null
    // Nothing was held aside before (or this path is not taken), so all the doc gained is in
    // the update's own clocks.
    if (this.#removeStrays(edit.ranges, [edit], failed)) {
      if (transaction) onChange(updateSince(doc, transaction), [edit.from])
    } else if (!failed.has(edit.from) && !this.#waits()) {
      // Yjs took all of it, so its bytes are what the doc gained (a resent part, which Yjs
      // would leave out, is harmless to store and relay, and costs nothing to skip checking).
      onChange(edit.update, [edit.from])
    } else if (transaction && changedAnything(transaction)) {
      // Failed halfway, or a part waits for something missing (Yjs keeps that aside): what
      // the doc did gain is told by Yjs.
      onChange(updateSince(doc, transaction), [edit.from])
    }
  }

  /** Applies one client's update, noting the sender if Yjs holds more aside after it. */
  #applyOne(update: Uint8Array, from: Connection): void {
    const { doc } = this.#options
    const before = heldAsideBytes(doc)
    try {
      Y.applyUpdate(doc, update, from)
    } finally {
      if (heldAsideBytes(doc) > before) this.#grownBy.add(from)
    }
  }

  /** Updates applied in one transaction; Yjs's one update of what was new is handed on. */
  #applyTogether(batch: readonly Incoming[], failed: Map<Connection, unknown>): void {
    const { doc, onChange, logger, planId } = this.#options
    const applied: Uint8Array[] = []
    const origins: Connection[] = []
    const collect = (update: Uint8Array): void => {
      applied.push(update)
    }
    // Parts Yjs held aside from earlier turns may come in now, from clocks no update here has.
    const heldAside = this.#waits()
    this.#applying = true
    doc.on('update', collect)
    try {
      doc.transact(() => {
        for (const { update, from } of batch) {
          // A connection whose update failed sends nothing more this turn.
          if (failed.has(from)) continue
          try {
            this.#applyOne(update, from)
            origins.push(from)
          } catch (error) {
            failed.set(from, error)
          }
        }
      })
    } catch (error) {
      // Thrown while Yjs finished the transaction, after every update was applied: what was
      // applied stands and is handed on below; no one sender is to blame.
      logger.error('Finishing a turn of updates failed', {
        plan: planId,
        error: error instanceof Error ? error.message : String(error),
      })
    }
    try {
      const transaction = this.#lastTransaction
      const ranges =
        heldAside && transaction
          ? rangesOf(transaction)
          : batch.flatMap((incoming) => incoming.ranges)
      if (this.#removeStrays(ranges, batch, failed) && transaction) {
        // Yjs's updates would carry the strays' content beside their deletion; encoded now,
        // the doc has dropped it.
        applied.splice(0, applied.length, updateSince(doc, transaction))
      }
    } finally {
      doc.off('update', collect)
      this.#applying = false
      this.#lastTransaction = null
    }
    for (const update of applied) onChange(update, origins)
  }

  /**
   * Takes out of the doc, in a transaction of its own, what the editor does not make among
   * the items in `ranges`, and marks the senders in `batch` whose updates wrote them. While
   * `#applying`, that transaction is not handed on by itself: the caller hands on what the
   * doc gained in all (the items, deleted, and their deletion), so no client ever gets them.
   */
  #removeStrays(
    ranges: readonly ClockRange[],
    batch: readonly Incoming[],
    failed: Map<Connection, unknown>,
  ): boolean {
    const { doc, shape } = this.#options
    const strays = shape.strays(doc, ranges)
    if (strays.length === 0) return false
    const applying = this.#applying
    this.#applying = true
    try {
      // Without recursing: strays beyond the depth limit may be a chain thousands deep.
      deleteDeepestFirst(doc, strays)
    } finally {
      this.#applying = applying
      this.#lastTransaction = null
    }
    // Parts Yjs held aside come in with no update of the batch holding their clocks: they are
    // the sender's whose client id they carry (only its owner may write under it).
    const heldAside = new Set(
      strays.filter((item) => !batch.some(({ ranges }) => overlaps(ranges, item))),
    )
    for (const incoming of batch) {
      const own = strays.filter(
        (item) =>
          overlaps(incoming.ranges, item) ||
          (heldAside.has(item) && incoming.ranges.some(({ client }) => client === item.id.client)),
      )
      if (own.length === 0) continue
      const limit = own.map((item) => shape.kindOf(item)).find((kind) => kind !== 'shape')
      failed.set(
        incoming.from,
        limit
          ? new ContentRefusedError(limit, `Update goes beyond a plan limit (${limit})`)
          : new StrayContentError(),
      )
    }
    return true
  }

  /** Whether Yjs holds updates aside until what they build on arrives. */
  #waits(): boolean {
    const { store } = this.#options.doc
    return store.pendingStructs !== null || store.pendingDs !== null
  }

  readonly #onTransactionCleanup = (transaction: Y.Transaction): void => {
    if (this.#applying) {
      this.#lastTransaction = transaction
      return
    }
    // A change made on the doc directly (a restore): handed on like a client's.
    if (changedAnything(transaction)) {
      this.#options.onChange(updateSince(this.#options.doc, transaction), [transaction.origin])
    }
  }
}
