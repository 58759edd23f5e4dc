import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import { MessageType } from '@coplan/protocol'

/** A caret in the awareness shape y-prosemirror reads: `{ anchor, head }` relative positions. */
export type Caret = Record<string, unknown>

const awarenessMessage = (clientId: number, clock: number, state: unknown): Uint8Array => {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 1)
  encoding.writeVarUint(update, clientId)
  encoding.writeVarUint(update, clock)
  encoding.writeVarString(update, JSON.stringify(state))
  const message = encoding.createEncoder()
  encoding.writeVarUint(message, MessageType.Awareness)
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update))
  return encoding.toUint8Array(message)
}

const syncStep2Empty = (): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, 1)
  // An empty Yjs update (no structs, empty delete set): this client has nothing to add.
  encoding.writeVarUint8Array(encoder, new Uint8Array([0, 0]))
  return encoding.toUint8Array(encoder)
}

/**
 * A collaborator who only moves their caret: a websocket in the plan that answers the sync
 * handshake with nothing and sends an awareness update with a new caret on each `move`. It
 * never asks for the document (it does not need it: carets are prepared from the same state)
 * and ignores what it receives. The server stamps the `user` field with the account's name and
 * colour, as for a browser.
 */
export class CursorClient {
  readonly #socket: WebSocket
  readonly #clientId: number
  #clock = 0
  /**
   * Resolves when the server has joined this client to the plan (its sync step 1 arrived).
   * Awareness sent before then is buffered by the server only up to a few messages.
   */
  readonly joined: Promise<void>
  /** The close code, once the socket has closed. */
  closeCode: number | null = null

  constructor(url: string, clientId: number) {
    this.#clientId = clientId
    this.#socket = new WebSocket(url, { perMessageDeflate: false })
    this.#socket.binaryType = 'nodebuffer'
    this.#socket.once('close', (code) => (this.closeCode = code))
    this.joined = new Promise((resolve, reject) => {
      this.#socket.once('error', reject)
      this.#socket.once('close', (code, reason) =>
        reject(new Error(`Cursor client closed (${code} ${reason.toString()}) before joining`)),
      )
      this.#socket.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data))
        if (decoding.readVarUint(decoder) !== MessageType.Sync) return
        // The server's sync step 1: answer it, as any client must.
        if (decoding.readVarUint(decoder) !== 0) return
        this.#send(syncStep2Empty())
        resolve()
      })
    })
  }

  move(caret: Caret): void {
    this.#clock++
    this.#send(awarenessMessage(this.#clientId, this.#clock, { cursor: caret }))
  }

  close(): void {
    this.#socket.close()
  }

  #send(message: Uint8Array): void {
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(message)
  }
}
