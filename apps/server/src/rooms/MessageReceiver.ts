import { CloseCode, MessageType } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from '../logger'
import { assertBodyOnlyUpdate } from './assertBodyOnlyUpdate'
import type { ClockRange } from './BodyShape'
import type { Connection } from './Connection'
import { Refusal } from './Refusal'

/**
 * The y-websocket protocol as a room receives it: reads one message and calls the room's narrow
 * methods. The room keeps the document, presence and connections; this file decides what a
 * message means and which of a client's writes the room is to take.
 *
 * Sync step 1 is answered with sync step 2 (what the client lacks). Sync step 2 and updates are
 * writes: from a read-only client or to a read-only plan they are dropped silently, as
 * y-protocols' PROTOCOL.md says (their editor is read-only already, and step 2 is part of every
 * handshake). A write is checked (body only; no new content under someone else's client id)
 * before the room takes it. Whatever is refused throws; the room closes that connection alone.
 */
export interface MessageReceiverOptions {
  planId: string
  logger: Logger
  /** Whether the whole plan may not be written (see `Room.readOnly`). */
  planReadOnly: () => boolean
  /** Sync step 2 for `stateVector`, once everything it could contain is stored. */
  answer: (stateVector: Uint8Array) => Uint8Array
  /** Presence, as a client sent it. */
  receiveAwareness: (connection: Connection, update: Uint8Array) => void
  /** Everyone's presence in one message, or null when nobody announces one. */
  presence: () => Uint8Array | null
  /**
   * The client ids among `ranges` under which the update writes something new although they
   * belong to someone else (an edit claims the ids it writes new content under).
   */
  foreignClients: (connection: Connection, ranges: readonly ClockRange[], edit: boolean) => number[]
  /** A checked write, for the room to apply at the end of the turn; it may still refuse it. */
  accept: (
    connection: Connection,
    update: Uint8Array,
    edit: boolean,
    ranges: readonly ClockRange[],
  ) => void
}

/** A message that is not of this protocol: closes its connection as malformed. */
class ProtocolError extends Error {}

/** An update over the stock protocol: the structs of `clients` left out. */
const withoutClients = (update: Uint8Array, clients: readonly number[]): Uint8Array =>
  Y.diffUpdate(
    update,
    Y.encodeStateVector(new Map(clients.map((client) => [client, Number.MAX_SAFE_INTEGER]))),
  )

type Handler = (connection: Connection, decoder: decoding.Decoder) => void

export class MessageReceiver {
  readonly #options: MessageReceiverOptions
  /** By message type, as y-websocket's server has them. */
  readonly #handlers: ReadonlyMap<number, Handler>

  constructor(options: MessageReceiverOptions) {
    this.#options = options
    this.#handlers = new Map<number, Handler>([
      [MessageType.Sync, (connection, decoder) => this.#receiveSync(connection, decoder)],
      [
        MessageType.Awareness,
        (connection, decoder) =>
          options.receiveAwareness(connection, decoding.readVarUint8Array(decoder)),
      ],
      [
        MessageType.QueryAwareness,
        (connection) => {
          const present = options.presence()
          if (present) connection.send(present)
        },
      ],
    ])
  }

  /** Handles one message from `connection`; throws if it is refused (a `Refusal`) or malformed. */
  receive(connection: Connection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    const handler = this.#handlers.get(type)
    if (!handler) throw new ProtocolError(`Unknown message type ${type}`)
    handler(connection, decoder)
  }

  #receiveSync(connection: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder)
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1:
        connection.send(this.#options.answer(decoding.readVarUint8Array(decoder)))
        break
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        this.#receiveWrite(
          connection,
          decoding.readVarUint8Array(decoder),
          syncType === syncProtocol.messageYjsUpdate,
        )
        break
      default:
        throw new ProtocolError(`Unknown sync message type ${syncType}`)
    }
  }

  /** A sync step 2 or an update (`edit`): checked, then handed to the room. */
  #receiveWrite(connection: Connection, received: Uint8Array, edit: boolean): void {
    const { planId, logger, planReadOnly, foreignClients, accept } = this.#options
    if (!connection.canWrite || planReadOnly()) return
    let update = received
    let ranges = assertBodyOnlyUpdate(update)
    const foreign = foreignClients(connection, ranges, edit)
    if (foreign.length > 0) {
      // A handshake's answer holds whatever the client has that the server lacks, which after
      // a restore from backup can be a teammate's; that part is theirs to send.
      if (edit) throw new Refusal(CloseCode.ClientIdTaken)
      logger.warn("Left out of a handshake what was written under others' ids", {
        plan: planId,
        connection: connection.id,
        clients: foreign.join(','),
      })
      update = withoutClients(update, foreign)
      ranges = assertBodyOnlyUpdate(update)
    }
    accept(connection, update, edit, ranges)
  }
}
