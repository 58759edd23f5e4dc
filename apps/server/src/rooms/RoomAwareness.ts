import * as awarenessProtocol from 'y-protocols/awareness'
import * as encoding from 'lib0/encoding'
import { MessageType } from '@coplan/protocol'
import type * as Y from 'yjs'
import { readAwarenessEntries, writeAwarenessEntries } from './awarenessEntries'
import type { Connection } from './Connection'

/** Entries a single awareness message may carry; a client only ever announces itself. */
const MAX_AWARENESS_ENTRIES = 8
/** Largest awareness state (JSON) of one client: a name, a colour, a cursor. */
const MAX_STATE_BYTES = 8 * 1024

/** Replaces whatever `user` a client put in its awareness state with the server's identity. */
const stampIdentity = (state: string, identity: Readonly<Record<string, unknown>>): string => {
  const parsed: unknown = JSON.parse(state)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return state
  return JSON.stringify({ ...parsed, user: identity })
}

export const awarenessMessage = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/**
 * Who is here in one plan. Each connection speaks only for the one awareness client id it
 * announced first (no one can overwrite another's caret or invent a crowd), its `user` field is
 * the server's, and what it announced goes when it leaves.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness
  readonly #owners = new Map<Connection, number | null>()
  readonly #changed = new Set<number>()
  #flushScheduled = false
  #destroyed = false

  constructor(doc: Y.Doc, broadcast: (message: Uint8Array) => void) {
    this.awareness = new awarenessProtocol.Awareness(doc)
    this.awareness.setLocalState(null)
    this.awareness.on(
      'update',
      (changes: { added: number[]; updated: number[]; removed: number[] }) => {
        for (const id of [...changes.added, ...changes.updated, ...changes.removed])
          this.#changed.add(id)
        if (this.#flushScheduled) return
        this.#flushScheduled = true
        // Batched per event-loop turn: every caret that moved this turn goes out in one message.
        setImmediate(() => {
          this.#flushScheduled = false
          if (this.#changed.size === 0 || this.#destroyed) return
          const changed = [...this.#changed]
          this.#changed.clear()
          // Sent to the sender too: y-websocket's provider reconnects after 30 s without a message.
          broadcast(
            awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
          )
        })
      },
    )
  }

  /** Every current state, for a connection that just joined; null when nobody is here. */
  snapshot(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()]
    return clients.length === 0
      ? null
      : awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients))
  }

  /** Applies what a connection may announce of an awareness update; throws if it is malformed. */
  receive(connection: Connection, update: Uint8Array): void {
    const entries = readAwarenessEntries(update, MAX_AWARENESS_ENTRIES)
    let own = this.#owners.get(connection) ?? null
    const accepted = entries.filter((entry) => {
      if (entry.state.length > MAX_STATE_BYTES) throw new Error('Awareness state too large')
      if (own === null && !this.#isClaimed(entry.clientId)) own = entry.clientId
      return entry.clientId === own
    })
    this.#owners.set(connection, own)
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

  leave(connection: Connection): void {
    const own = this.#owners.get(connection)
    this.#owners.delete(connection)
    if (own !== null && own !== undefined) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [own], null)
    }
  }

  destroy(): void {
    this.#destroyed = true
    this.awareness.destroy()
  }

  #isClaimed(clientId: number): boolean {
    for (const owned of this.#owners.values()) if (owned === clientId) return true
    return false
  }
}
