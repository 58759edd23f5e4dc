import {
  CloseCode,
  closeReasons,
  planLimitReason,
  writePersistedAck,
  writeSessionNotice,
} from '@coplan/protocol'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { AckPacer } from './AckPacer'
import type { ClockRange } from './BodyShape'
import type { ClientOwners } from './ClientOwners'
import type { Connection, ReadOnly } from './Connection'
import { EditStamps } from './EditStamps'
import { encodeIntegrated } from './encodeIntegrated'
import { HeldAsideGaps } from './HeldAsideGaps'
import { MessageReceiver } from './MessageReceiver'
import { editorIdOf, personOf } from './personOf'
import { Refusal } from './Refusal'
import { RoomAwareness } from './RoomAwareness'
import type { RoomOptions } from './RoomOptions'
import { syncMessage } from './syncMessage'
import { SyncStep2Cache } from './SyncStep2Cache'
import { TurnApplier } from './TurnApplier'
import type { HeldAside } from './TurnApplier'
import { assertUpdateDepth } from './updateDepth'

/**
 * A connection sent nothing for this long gets its own caret back: y-websocket's provider
 * reconnects after 30 s without a message, and a lone idle client hears only that echo (its
 * provider renews its caret every 15 s).
 */
const KEEP_ALIVE_MS = 10_000

/**
 * One loaded plan: its Y.Doc, the awareness of who is here, and the connections to it. What a
 * client's message means is `MessageReceiver`'s to read; the room holds the state it acts on.
 *
 * Lifecycle of a document update: a client's update is decoded and checked when it arrives,
 * and applied to the doc at the end of the event-loop turn (see `TurnFlusher`) together with the
 * turn's others (see `TurnApplier`); the room then stores what the doc gained and only once that
 * has committed relays it to the other clients and tells its senders what is now stored. So
 * nothing a client has seen from the server, or been told is saved, can be missing from the
 * database after a crash. If storing fails, nothing of that turn is relayed or acknowledged and
 * the room is handed to `onStorageFailure`.
 *
 * Everything a turn has for one connection (the merged update, the carets that moved, its
 * acknowledgement) goes out in one `send`, which the transport writes to the socket at once.
 * Acknowledgements are paced (`AckPacer`) and nobody is sent back only their own caret, so a
 * keystroke costs a write to each other client and, mostly, none to its typist.
 */
export class Room {
  readonly planId: string
  readonly #doc: Y.Doc
  readonly #options: RoomOptions
  /** The connections here, each with when it was last sent a turn's share (for keep-alives). */
  readonly #connections = new Map<Connection, { lastSentAt: number }>()
  readonly #awareness: RoomAwareness
  readonly #stamps: EditStamps
  readonly #applier: TurnApplier
  /** Applied and waiting to be stored: updates Yjs produced, or one client's own bytes. */
  #pending: Uint8Array[] = []
  #pendingOrigins = new Set<unknown>()
  /** What `storeTurn` wrote, until `deliverTurn` relays it. */
  #stored: { update: Uint8Array; origins: Set<unknown>; editorIds: string[] } | null = null
  /** Connections that sent document changes: they get an acknowledgement. */
  readonly #acks: AckPacer<Connection>
  /** Something was queued (a write, a caret, an acknowledgement, a resync) since the last flush. */
  #turnPending = false
  readonly #step2Cache: SyncStep2Cache
  readonly #receiver: MessageReceiver
  #updatesSinceCompaction: number
  /** Bytes the plan takes in storage, as far as this room stored it (see `maxPlanBytes`). */
  #storedBytes: number
  readonly #owners: ClientOwners
  readonly #gaps: HeldAsideGaps
  /** Connections to send sync step 1 with this turn's delivery. */
  readonly #resyncDue = new Set<Connection>()
  #closed = false

  constructor(options: RoomOptions) {
    this.#options = options
    this.planId = options.planId
    this.#doc = options.doc
    this.#step2Cache = new SyncStep2Cache(options.wholeState)
    this.#gaps = new HeldAsideGaps(options.planId, options.doc, options.logger)
    this.#updatesSinceCompaction = options.storedUpdateCount
    this.#storedBytes = options.storedBytes
    this.#owners = options.owners
    this.#awareness = new RoomAwareness({
      onChange: () => this.#scheduleFlush(),
      mayUse: (connection, clientId) => this.#owners.mayUse(clientId, personOf(connection)),
      claim: (connection, clientId) => {
        this.#owners.claim(clientId, personOf(connection))
        this.#scheduleFlush()
      },
    })
    this.#acks = new AckPacer(options.ackIntervalMs, () => this.#scheduleFlush(), options.clock)
    this.#stamps = new EditStamps(options.planId, options.store, options.logger)
    this.#applier = new TurnApplier({
      planId: options.planId,
      doc: options.doc,
      logger: options.logger,
      shape: options.shape,
      onChange: (update, origins) => this.#queue(update, origins),
      onRefused: (connection, error) => this.#refuse(connection, error),
      onHeldAside: (held) => this.#onHeldAside(held),
    })
    this.#receiver = new MessageReceiver({
      planId: options.planId,
      logger: options.logger,
      planReadOnly: () => this.readOnly !== null,
      answer: (stateVector) => {
        // Anything the reply could contain must be stored first.
        this.flush()
        return this.#step2Cache.answer(stateVector, () => this.doc)
      },
      receiveAwareness: (connection, update) => this.#awareness.receive(connection, update),
      presence: () => this.#awareness.snapshot(),
      foreignClients: (connection, ranges, edit) =>
        this.#owners.foreignAmong(ranges, personOf(connection), edit, (client) =>
          Y.getState(this.#doc.store, client),
        ),
      accept: (connection, update, edit, ranges) => this.#accept(connection, update, edit, ranges),
    })
  }

  /** The plan's doc, with every update received so far applied. */
  get doc(): Y.Doc {
    if (!this.#closed) this.#applier.apply(false)
    return this.#doc
  }

  get connectionCount(): number {
    return this.#connections.size
  }

  /** How many clients announce a presence (a caret, a name) in this plan. */
  get presentCount(): number {
    return this.#awareness.presentCount
  }

  get readOnly(): ReadOnly | null {
    return this.#options.readOnly
  }

  /**
   * Starts the sync handshake with a new connection and tells it what it may do (always, so a
   * client that was read-only on its last connection learns it may write again).
   */
  join(connection: Connection): void {
    if (this.#closed) throw new Error(`Room ${this.planId} is closed`)
    this.#connections.set(connection, { lastSentAt: this.#options.clock.now() })
    connection.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc)))
    const present = this.#awareness.snapshot()
    if (present) connection.send(present)
    const readOnly = this.readOnly ?? (connection.canWrite ? null : connection.readOnly)
    connection.send(
      writeSessionNotice(
        readOnly === null && connection.canWrite
          ? { canWrite: true }
          : { canWrite: false, ...readOnly },
      ),
    )
  }

  /**
   * Handles one message from a connection. A message that cannot be decoded closes that
   * connection only; the room and everyone else carry on.
   */
  receive(connection: Connection, message: Uint8Array): void {
    if (!this.#connections.has(connection)) return
    try {
      this.#receiver.receive(connection, message)
    } catch (error) {
      this.#refuse(connection, error)
    }
  }

  leave(connection: Connection): void {
    if (!this.#connections.delete(connection)) return
    this.#gaps.leave(connection)
    this.#resyncDue.delete(connection)
    this.#acks.forget(connection)
    this.#awareness.leave(connection)
    if (this.#connections.size === 0) this.#options.onEmpty(this)
  }

  /** Sends a message to every connection, e.g. a comment event. */
  broadcast(message: Uint8Array): void {
    for (const connection of this.#connections.keys()) connection.send(message)
  }

  /**
   * Stores, relays and acknowledges what this turn queued, now, in one transaction of its own:
   * what the turn's end does for every room, done early for this one (a sync step 1 to answer,
   * a compaction, a version to take). Safe to call at any time; with nothing queued it touches
   * no storage, and the turn's end then passes this room by.
   */
  flush(): void {
    if (!this.hasPendingTurn()) return
    const turn: { stored?: boolean } = {}
    try {
      this.#options.store.transaction(() => {
        turn.stored = this.storeTurn()
      })
    } catch (error) {
      // `storeTurn` itself threw (a fault of ours, not of storage): the caller's to handle.
      if (turn.stored === undefined) throw error
      // The commit failed: nothing is relayed or confirmed (a failed write was handled already).
      if (turn.stored) this.storageFailed(error)
      return
    }
    if (turn.stored) this.deliverTurn()
  }

  /** Whether a flush has anything to store or deliver (see `TurnParticipant`). */
  hasPendingTurn(): boolean {
    return this.#turnPending && !this.#closed
  }

  /** First half of a flush: writes what was queued (in the caller's transaction, if any). */
  storeTurn(): boolean {
    if (this.#closed) return false
    this.#applier.apply(this.#pending.length === 0)
    // Only now: what applying queued (the doc's gain, refusals, a resync) is this turn's, stored
    // and delivered below, not a reason to flush again in an empty transaction.
    this.#turnPending = false
    const bindings = this.#owners.takeUnsaved()
    if (bindings.length > 0) {
      try {
        this.#options.store.bindClients(this.planId, bindings)
      } catch (error) {
        this.storageFailed(error)
        return false
      }
    }
    if (this.#pending.length === 0) return true
    const updates = this.#pending
    const origins = this.#pendingOrigins
    this.#pending = []
    this.#pendingOrigins = new Set()
    const editorIds = [...new Set([...origins].flatMap((origin) => editorIdOf(origin) ?? []))]
    let update: Uint8Array
    try {
      // One row and one relay for the whole turn. Merging is safe here: several pending
      // updates are always ones Yjs itself produced, never raw client bytes.
      update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)
      this.#options.store.append(this.planId, [update])
      this.#stamps.note(new Date(), editorIds)
    } catch (error) {
      this.storageFailed(error)
      return false
    }
    this.#stored = { update, origins, editorIds }
    this.#storedBytes += update.byteLength
    return true
  }

  /** Second half, once the writes have committed: one send per connection with its share. */
  deliverTurn(): void {
    if (this.#closed) return
    const stored = this.#stored
    this.#stored = null
    let update: Uint8Array | null = null
    // A sender already has its own update; if it was the only one this turn, skip it.
    let skip: unknown = null
    if (stored) {
      this.#updatesSinceCompaction += 1
      this.#options.onStored(this, stored.editorIds)
      update = syncMessage((encoder) => syncProtocol.writeUpdate(encoder, stored.update))
      if (stored.origins.size === 1) [skip] = stored.origins
    }
    const acked = this.#acks.takeDue()
    // What was stored: this turn's updates are applied and nothing new is (it is synchronous).
    const ack = acked.size > 0 ? writePersistedAck(Y.encodeStateVector(this.#doc)) : null
    const awareness = this.#awareness.takeUpdate()
    const now = this.#options.clock.now()
    for (const [connection, member] of this.#connections) {
      const messages: Uint8Array[] = []
      if (update && connection !== skip) messages.push(update)
      if (this.#resyncDue.has(connection)) {
        messages.push(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.#doc)))
      }
      const acknowledged = ack !== null && acked.has(connection)
      // Its own caret alone is news to nobody but others, except as a keep-alive.
      if (
        awareness &&
        (connection !== awareness.onlyFrom ||
          (messages.length === 0 && !acknowledged && now - member.lastSentAt >= KEEP_ALIVE_MS))
      ) {
        messages.push(awareness.message)
      }
      if (acknowledged) messages.push(ack)
      if (messages.length > 0) {
        connection.send(...messages)
        member.lastSentAt = now
      }
    }
    this.#resyncDue.clear()
    if (stored && this.#updatesSinceCompaction >= this.#options.compactEveryUpdates) {
      this.compact()
    }
  }

  /** The transaction holding this turn's writes did not commit: relay and confirm nothing. */
  storageFailed(error: unknown): void {
    this.#stored = null
    this.#applier.drop()
    this.#acks.dropOwed()
    this.#options.onStorageFailure(this, error)
  }

  /** Storing or delivering a turn threw (see `TurnParticipant.failed`). */
  failed(error: unknown): void {
    this.#stored = null
    this.#applier.drop()
    this.#acks.dropOwed()
    this.#options.onFailure(this, error)
  }

  /** Replaces the stored log with one snapshot of the current state, atomically. */
  compact(): void {
    this.flush()
    if (this.#updatesSinceCompaction === 0 || this.#closed) return
    try {
      this.#stamps.flush()
      const state = encodeIntegrated(this.#doc)
      this.#options.store.compact(this.planId, state)
      this.#updatesSinceCompaction = 0
      this.#storedBytes = state.byteLength
    } catch (error) {
      // The log is intact (the transaction rolled back), so nothing is lost; retry later.
      this.#options.logger.error('Compaction failed', {
        plan: this.planId,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }

  /** Closes every connection with `code` and stops accepting messages. */
  close(code: number, reason: string): void {
    if (this.#closed) return
    this.#closed = true
    for (const connection of [...this.#connections.keys()]) connection.close(code, reason)
    this.#connections.clear()
    this.#applier.dispose()
    this.#acks.dispose()
    this.#stamps.dispose()
    this.#doc.destroy()
  }

  #scheduleFlush(): void {
    if (this.#turnPending || this.#closed) return
    this.#turnPending = true
    this.#options.scheduleFlush(this)
  }

  /** A checked write from `connection` (see `MessageReceiver`), applied at the turn's end. */
  #accept(
    connection: Connection,
    update: Uint8Array,
    edit: boolean,
    ranges: readonly ClockRange[],
  ): void {
    this.#assertRoomFor(update)
    assertUpdateDepth(update, this.#doc, () => this.#applier.queued())
    this.#applier.add(update, connection, edit, ranges)
    // Acknowledged even when it changed nothing (the server had it all): then too the
    // client's state is safely stored.
    this.#acks.owe(connection)
    this.#scheduleFlush()
  }

  /** Refuses an update that would take the plan beyond `maxPlanBytes` in storage. */
  #assertRoomFor(update: Uint8Array): void {
    const limit = this.#options.maxPlanBytes
    if (this.#storedBytes + update.byteLength <= limit) return
    // The log since the last snapshot may hold much that a snapshot stores once.
    this.compact()
    if (this.#storedBytes + update.byteLength > limit) {
      throw new Refusal(
        CloseCode.ContentRefused,
        planLimitReason('size'),
        'Update would make the plan too large',
      )
    }
  }

  /** Yjs holds aside what builds on something missing: ask for it, or give up (`HeldAsideGaps`). */
  #onHeldAside(held: HeldAside): void {
    const verdict = this.#gaps.judge(held)
    if (verdict === null) return
    if ('ask' in verdict) {
      for (const connection of verdict.ask) this.#resyncDue.add(connection)
      this.#scheduleFlush()
      return
    }
    for (const connection of verdict.close) {
      this.#refuse(connection, new Refusal(CloseCode.MissingDependency))
    }
  }

  #queue(update: Uint8Array, origins: readonly unknown[]): void {
    // Whatever changes the doc is queued here, and only that: a joiner's empty answer to the
    // handshake must not cost the next joiner a fresh encoding of the whole plan.
    this.#step2Cache.clear()
    this.#pending.push(update)
    for (const origin of origins) this.#pendingOrigins.add(origin)
    this.#scheduleFlush()
  }

  /** Closes a connection that sent something the room cannot take; everyone else carries on. */
  #refuse(connection: Connection, error: unknown): void {
    const { code, reason } =
      error instanceof Refusal
        ? error
        : { code: CloseCode.MalformedMessage, reason: closeReasons[CloseCode.MalformedMessage] }
    this.#options.logger.warn('Closing connection after a refused message', {
      plan: this.planId,
      connection: connection.id,
      code,
      error: error instanceof Error ? error.message : String(error),
    })
    connection.close(code, reason)
    this.leave(connection)
  }
}
