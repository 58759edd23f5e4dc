import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType } from '@coplan/protocol'
import type { Connection } from './Connection'

/**
 * Entries a single awareness message may carry. A client announces only itself, but the stock
 * y-websocket provider re-sends every state it hears of, so a plenary's worth is accepted (and
 * all but the sender's own ignored); a crowd beyond it is refused.
 */
const MAX_AWARENESS_ENTRIES = 1000
/** Largest awareness state (JSON) of one client: a name, a colour, a cursor. */
const MAX_STATE_BYTES = 8 * 1024

/**
 * One client's awareness: the clock its sender gave it, the clock it is relayed with, and its
 * state as JSON text (`'null'`: gone).
 */
interface Entry {
  clock: number
  relayed: number
  state: string
}

const writeEntry = (encoder: encoding.Encoder, clientId: number, entry: Entry): void => {
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, entry.relayed)
  encoding.writeVarString(encoder, entry.state)
}

export interface RoomAwarenessOptions {
  /** Called whenever there is something for `takeUpdate` to send. */
  onChange: () => void
  /** Whether the person behind `connection` may speak for `clientId` (it is theirs or nobody's). */
  mayUse: (connection: Connection, clientId: number) => boolean
  /** `connection` now speaks for `clientId`: it becomes its person's, for good. */
  claim: (connection: Connection, clientId: number) => void
}

/**
 * Who is here in one plan, in y-protocols' awareness wire format. Each connection speaks only
 * for the one awareness client id it announced first, and only if that id is its person's or
 * nobody's (no one can overwrite another's caret, take it over while they reconnect, or invent
 * a crowd); its `user` field is the server's; what it announced goes when it leaves. A person's
 * new connection (a reconnect, before the server noticed the old one drop) takes over their id,
 * and the old connection's leaving then takes nothing away.
 *
 * The server never reads states, so it keeps them as the JSON text it will send: each entry is
 * parsed once (to check it and put in the identity) and serialised once, instead of the
 * several round trips that y-protocols' `Awareness` would make per message. Changes are
 * collected until the room's turn ends and then sent in one message (`takeUpdate`).
 */
export class RoomAwareness {
  readonly #entries = new Map<number, Entry>()
  readonly #owners = new Map<Connection, number | null>()
  /** The other way round: which connection speaks for each claimed client id. */
  readonly #claimedBy = new Map<number, Connection>()
  readonly #changed = new Set<number>()
  /**
   * The last clock each id was relayed with, kept after its state is gone. Others' providers
   * take a state only with a clock above the last they saw, and the removal sent when someone
   * leaves is one above theirs: a person coming back announces the clock they had, which would
   * be ignored until their provider's next renewal (up to 30 s without a caret).
   */
  readonly #relayedClocks = new Map<number, number>()
  /** Who made this turn's changes: one connection, `null` for several (or a leave). */
  #changedBy: Connection | null | undefined = undefined
  readonly #options: RoomAwarenessOptions

  constructor(options: RoomAwarenessOptions) {
    this.#options = options
  }

  /** Awareness client ids with a state, i.e. the people here as others see them. */
  get presentCount(): number {
    let count = 0
    for (const entry of this.#entries.values()) if (entry.state !== 'null') count++
    return count
  }

  /** Every current state, as a message for a connection that just joined; null when empty. */
  snapshot(): Uint8Array | null {
    if (this.#entries.size === 0) return null
    return this.#message(this.#entries.keys())
  }

  /**
   * The message announcing what changed since the last call, or null if nothing did, with the
   * connection it all came from when that is one (it needs no copy of its own caret).
   */
  takeUpdate(): { message: Uint8Array; onlyFrom: Connection | null } | null {
    if (this.#changed.size === 0) return null
    const message = this.#message(this.#changed)
    // Every changed id has an entry (a state or a removal); a removal is sent once.
    for (const clientId of this.#changed) {
      if ((this.#entries.get(clientId) as Entry).state === 'null') this.#entries.delete(clientId)
    }
    const onlyFrom = this.#changedBy ?? null
    this.#changed.clear()
    this.#changedBy = undefined
    return { message, onlyFrom }
  }

  /** Applies what a connection may announce of an awareness update; throws if it is malformed. */
  receive(connection: Connection, update: Uint8Array): void {
    // Read and check everything before applying anything: a bad message changes nothing.
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    if (count > MAX_AWARENESS_ENTRIES) throw new Error(`Awareness update with ${count} entries`)
    // Once a connection speaks for an id it keeps it (another connection of the same person may
    // speak for it too: the last to speak is the one whose leaving takes the presence away).
    let own = this.#owners.get(connection) ?? null
    const received: { clientId: number; clock: number; text: string; parsed: unknown }[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const text = decoding.readVarString(decoder)
      if (text.length > MAX_STATE_BYTES) throw new Error('Awareness state too large')
      if (own === null && this.#options.mayUse(connection, clientId)) own = clientId
      // Others' states are dropped unread: only the sender's own is parsed and relayed.
      if (clientId === own) received.push({ clientId, clock, text, parsed: JSON.parse(text) })
    }
    if (decoding.hasContent(decoder)) throw new Error('Trailing bytes after awareness update')
    let changed = false
    for (const { clientId, clock, text, parsed } of received) {
      const current = this.#entries.get(clientId)
      // y-protocols' rule: a newer clock wins; at the same clock only a removal does.
      const newer =
        current === undefined ||
        current.clock < clock ||
        (current.clock === clock && parsed === null && current.state !== 'null')
      if (!newer) continue
      this.#entries.set(clientId, {
        clock,
        relayed: this.#nextRelayed(clientId, clock),
        state: this.#stamp(parsed, text, connection.identity),
      })
      this.#changed.add(clientId)
      changed = true
    }
    if (changed) {
      const alone = this.#changedBy === undefined || this.#changedBy === connection
      this.#changedBy = alone ? connection : null
    }
    this.#owners.set(connection, own)
    if (own !== null && this.#claimedBy.get(own) !== connection) {
      this.#claimedBy.set(own, connection)
      this.#options.claim(connection, own)
    }
    if (changed) this.#options.onChange()
  }

  leave(connection: Connection): void {
    const own = this.#owners.get(connection) ?? null
    this.#owners.delete(connection)
    // It never spoke, or its person's newer connection speaks for the id now: that stays.
    if (own === null || this.#claimedBy.get(own) !== connection) return
    this.#claimedBy.delete(own)
    const current = this.#entries.get(own)
    if (current === undefined || current.state === 'null') return
    this.#entries.set(own, {
      clock: current.clock,
      relayed: this.#nextRelayed(own, 0),
      state: 'null',
    })
    this.#changed.add(own)
    this.#changedBy = null
    this.#options.onChange()
  }

  /** A clock above every one `clientId` was relayed with before (and at least `clock`). */
  #nextRelayed(clientId: number, clock: number): number {
    const relayed = Math.max(clock, (this.#relayedClocks.get(clientId) ?? 0) + 1)
    this.#relayedClocks.set(clientId, relayed)
    return relayed
  }

  /** Replaces whatever `user` a client put in its state with the server's identity. */
  #stamp(parsed: unknown, text: string, identity: Connection['identity']): string {
    if (parsed === null) return 'null'
    if (identity === null || typeof parsed !== 'object' || Array.isArray(parsed)) return text
    return JSON.stringify({ ...parsed, user: identity })
  }

  #message(clientIds: Iterable<number>): Uint8Array {
    const inner = encoding.createEncoder()
    const ids = [...clientIds]
    encoding.writeVarUint(inner, ids.length)
    for (const id of ids) writeEntry(inner, id, this.#entries.get(id) as Entry)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
    return encoding.toUint8Array(encoder)
  }
}
