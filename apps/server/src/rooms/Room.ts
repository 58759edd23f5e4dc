import { CloseCode, MessageType, closeReasons, writeSessionNotice } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import { readAwarenessEntries, writeAwarenessEntries } from './awarenessEntries'
import type { Connection } from './Connection'

/**
 * One loaded plan: its Y.Doc, the awareness of who is here, and the connections to it.
 *
 * Lifecycle of a document update: a client's update is applied to the doc; Yjs emits the
 * update it actually integrated; the room queues it and, once per event-loop turn, stores the
 * queue in one transaction and only then relays it (merged) to the other clients. So nothing
 * a client has seen from the server can be missing from the database after a crash. If storing
 * fails, nothing of that turn is relayed and the room is handed to `onStorageFailure`.
 */
export interface RoomOptions {
  planId: string
  doc: Y.Doc
  store: DocumentStore
  logger: Logger
  compactEveryUpdates: number
  /** Updates stored since the last snapshot when the room was loaded. */
  storedUpdateCount: number
  /** Set when the plan may not be written at all (e.g. its storage just failed). */
  readOnlyReason: string | null
  onStorageFailure: (room: Room, error: unknown) => void
  onEmpty: (room: Room) => void
  /** After updates were stored, with the ids of the people who made them. */
  onStored: (room: Room, editorIds: string[]) => void
}

/**
 * The person behind a transaction origin: a connection's identity, or a server-side change
 * made on someone's behalf (a restore) that passes an origin of the same shape.
 */
const editorIdOf = (origin: unknown): string | null => {
  const id = (origin as { identity?: { id?: unknown } | null } | null)?.identity?.id
  return typeof id === 'string' ? id : null
}

/** Entries a single awareness message may carry; a client only ever announces itself. */
const MAX_AWARENESS_ENTRIES = 8

class ProtocolError extends Error {}

/** Replaces whatever `user` a client put in its awareness state with the server's identity. */
const stampIdentity = (state: string, identity: Readonly<Record<string, unknown>>): string => {
  const parsed: unknown = JSON.parse(state)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return state
  return JSON.stringify({ ...parsed, user: identity })
}

export class Room {
  readonly planId: string
  readonly doc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  readonly #options: RoomOptions
  /** Each connection and the awareness client id it speaks for (once it announced one). */
  readonly #connections = new Map<Connection, number | null>()
  #pending: Uint8Array[] = []
  #pendingOrigins = new Set<unknown>()
  #flushScheduled = false
  #updatesSinceCompaction: number
  #closed = false

  constructor(options: RoomOptions) {
    this.#options = options
    this.planId = options.planId
    this.doc = options.doc
    this.#updatesSinceCompaction = options.storedUpdateCount
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    this.awareness.setLocalState(null)
    this.doc.on('update', this.#onDocUpdate)
    this.awareness.on('update', this.#onAwarenessUpdate)
  }

  get connectionCount(): number {
    return this.#connections.size
  }

  get readOnlyReason(): string | null {
    return this.#options.readOnlyReason
  }

  /** Starts the sync handshake with a new connection and tells it what it may do. */
  join(connection: Connection): void {
    if (this.#closed) throw new Error(`Room ${this.planId} is closed`)
    this.#connections.set(connection, null)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    syncProtocol.writeSyncStep1(encoder, this.doc)
    connection.send(encoding.toUint8Array(encoder))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      connection.send(
        this.#awarenessMessage(
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]),
        ),
      )
    }
    // Only told when read-only: a stock y-websocket client, which knows no Coplan message,
    // then never receives one unless it could not write anyway.
    const reason = this.readOnlyReason
    if (reason !== null) connection.send(writeSessionNotice({ canWrite: false, reason }))
  }

  /**
   * Handles one message from a connection. A message that cannot be decoded closes that
   * connection only; the room and everyone else carry on.
   */
  receive(connection: Connection, message: Uint8Array): void {
    if (!this.#connections.has(connection)) return
    try {
      const decoder = decoding.createDecoder(message)
      const type = decoding.readVarUint(decoder)
      switch (type) {
        case MessageType.Sync:
          this.#receiveSync(connection, decoder)
          break
        case MessageType.Awareness:
          this.#receiveAwareness(connection, decoding.readVarUint8Array(decoder))
          break
        case MessageType.QueryAwareness:
          connection.send(
            this.#awarenessMessage(
              awarenessProtocol.encodeAwarenessUpdate(this.awareness, [
                ...this.awareness.getStates().keys(),
              ]),
            ),
          )
          break
        default:
          throw new ProtocolError(`Unknown message type ${type}`)
      }
    } catch (error) {
      this.#options.logger.warn('Closing connection after a malformed message', {
        plan: this.planId,
        connection: connection.id,
        error: error instanceof Error ? error.message : String(error),
      })
      connection.close(CloseCode.MalformedMessage, closeReasons[CloseCode.MalformedMessage])
      this.leave(connection)
    }
  }

  leave(connection: Connection): void {
    if (!this.#connections.has(connection)) return
    const clientId = this.#connections.get(connection)
    this.#connections.delete(connection)
    if (clientId !== null && clientId !== undefined) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], null)
    }
    if (this.#connections.size === 0) this.#options.onEmpty(this)
  }

  /** Sends a message to every connection, e.g. a comment event. */
  broadcast(message: Uint8Array): void {
    for (const connection of this.#connections.keys()) connection.send(message)
  }

  /** Stores and relays what this turn's updates queued. Safe to call at any time. */
  flush(): void {
    this.#flushScheduled = false
    if (this.#pending.length === 0 || this.#closed) return
    const updates = this.#pending
    const origins = this.#pendingOrigins
    this.#pending = []
    this.#pendingOrigins = new Set()
    const editorIds = [...new Set([...origins].flatMap((origin) => editorIdOf(origin) ?? []))]
    try {
      this.#options.store.append(this.planId, updates, new Date(), editorIds)
    } catch (error) {
      this.#options.onStorageFailure(this, error)
      return
    }
    this.#updatesSinceCompaction += updates.length
    // Merging is safe here: these are updates Yjs itself produced, never raw client bytes.
    const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    syncProtocol.writeUpdate(encoder, merged)
    const frame = encoding.toUint8Array(encoder)
    // A sender already has its own update; if it was the only one this turn, skip it.
    const [onlyOrigin] = origins.size === 1 ? origins : []
    for (const connection of this.#connections.keys()) {
      if (connection !== onlyOrigin) connection.send(frame)
    }
    if (this.#updatesSinceCompaction >= this.#options.compactEveryUpdates) this.compact()
    this.#options.onStored(this, editorIds)
  }

  /** Replaces the stored log with one snapshot of the current state, atomically. */
  compact(): void {
    this.flush()
    if (this.#updatesSinceCompaction === 0 || this.#closed) return
    try {
      this.#options.store.compact(this.planId, Y.encodeStateAsUpdate(this.doc))
      this.#updatesSinceCompaction = 0
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
    this.doc.off('update', this.#onDocUpdate)
    this.awareness.off('update', this.#onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
  }

  #receiveSync(connection: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder)
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        // Anything the reply could contain must be stored first.
        this.flush()
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.Sync)
        syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder))
        connection.send(encoding.toUint8Array(encoder))
        break
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder)
        // Read-only clients' writes are dropped silently, as y-protocols' PROTOCOL.md says:
        // their editor is read-only already, and step 2 is part of every handshake.
        if (!connection.canWrite || this.readOnlyReason !== null) return
        Y.applyUpdate(this.doc, update, connection)
        break
      }
      default:
        throw new ProtocolError(`Unknown sync message type ${syncType}`)
    }
  }

  #receiveAwareness(connection: Connection, update: Uint8Array): void {
    const entries = readAwarenessEntries(update, MAX_AWARENESS_ENTRIES)
    let own = this.#connections.get(connection) ?? null
    const accepted = entries.filter((entry) => {
      if (own === null && !this.#isClaimed(entry.clientId)) own = entry.clientId
      return entry.clientId === own
    })
    this.#connections.set(connection, own)
    if (accepted.length === 0) return
    const { identity } = connection
    const stamped = identity
      ? accepted.map((entry) => ({ ...entry, state: stampIdentity(entry.state, identity) }))
      : accepted
    awarenessProtocol.applyAwarenessUpdate(
      this.awareness,
      writeAwarenessEntries(stamped),
      connection,
    )
  }

  #isClaimed(clientId: number): boolean {
    for (const owned of this.#connections.values()) if (owned === clientId) return true
    return false
  }

  #awarenessMessage(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(encoder, update)
    return encoding.toUint8Array(encoder)
  }

  readonly #onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.#pending.push(update)
    this.#pendingOrigins.add(origin)
    if (!this.#flushScheduled) {
      this.#flushScheduled = true
      setImmediate(() => this.flush())
    }
  }

  readonly #onAwarenessUpdate = (changes: {
    added: number[]
    updated: number[]
    removed: number[]
  }): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    const frame = this.#awarenessMessage(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
    )
    // Sent to the sender too: y-websocket's provider reconnects after 30 s without a message.
    for (const connection of this.#connections.keys()) connection.send(frame)
  }
}
