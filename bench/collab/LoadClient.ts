import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Dialect } from './dialect'
import { syncMessage } from './syncMessage'
import { frameFor, hocuspocusAuth, openFrame } from './dialect'
import type { TypingScript } from './typingScript'

/** Where every keystroke of the run was sent from, and when, so receivers can time it. */
export class KeystrokeLedger {
  /** clientId → send time (ms, performance.now) of each keystroke, by index. */
  readonly sentAt = new Map<number, number[]>()
  readonly clocks = new Map<number, number[]>()
  readonly latencies: number[] = []
  delivered = 0

  register(script: TypingScript): void {
    this.sentAt.set(script.clientId, [])
    this.clocks.set(script.clientId, script.clocks)
  }
}

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc())

/**
 * A light simulated editor: it answers the sync handshake, sends prepared keystrokes and
 * carets, and parses what it receives (which clients' clocks an update covers) instead of
 * applying it to a document, so that a 2-core machine can play hundreds of them.
 */
export class LoadClient {
  readonly #socket: WebSocket
  readonly #dialect: Dialect
  readonly #documentName: string
  readonly #ledger: KeystrokeLedger
  readonly #script: TypingScript | null
  /** Per sending client, the index of its first keystroke this client has not received. */
  readonly #next = new Map<number, number>()
  #sent = 0
  readonly synced: Promise<void>
  readonly closed: Promise<number>

  constructor(options: {
    url: string
    dialect: Dialect
    documentName: string
    token?: string
    ledger: KeystrokeLedger
    script: TypingScript | null
  }) {
    this.#dialect = options.dialect
    this.#documentName = options.documentName
    this.#ledger = options.ledger
    this.#script = options.script
    this.#socket = new WebSocket(options.url, { perMessageDeflate: false })
    this.#socket.binaryType = 'nodebuffer'
    this.closed = new Promise((resolve) => this.#socket.once('close', (code) => resolve(code)))
    this.synced = new Promise((resolve, reject) => {
      this.#socket.once('error', reject)
      // A refused or dropped connection must fail the run, not leave it waiting.
      this.#socket.once('close', (code) => reject(new Error(`Closed (${code}) before syncing`)))
      this.#socket.on('message', (data: Buffer) => {
        if (this.#onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)))
          resolve()
      })
      this.#socket.once('open', () => {
        if (options.dialect === 'hocuspocus')
          this.#socket.send(hocuspocusAuth(options.documentName, options.token ?? ''))
        this.#send(syncMessage(0, Y.encodeStateVector(new Y.Doc())))
      })
    })
  }

  /** Sends the next keystroke and its caret; false when the script is done. */
  type(): boolean {
    const script = this.#script
    if (!script || this.#sent >= script.keystrokes.length) return false
    const k = this.#sent++
    this.#ledger.sentAt.get(script.clientId)?.push(performance.now())
    this.#send(script.keystrokes[k] as Uint8Array)
    this.#send(script.carets[k] as Uint8Array)
    return true
  }

  close(): void {
    this.#socket.close()
  }

  #send(message: Uint8Array): void {
    if (this.#socket.readyState === WebSocket.OPEN) {
      this.#socket.send(frameFor(this.#dialect, this.#documentName, message))
    }
  }

  /** Returns true when this message completes the handshake (sync step 2 received). */
  #onMessage(data: Uint8Array): boolean {
    const decoder = openFrame(this.#dialect, data)
    if (decoding.readVarUint(decoder) !== 0) return false
    const syncType = decoding.readVarUint(decoder)
    if (syncType === 0) {
      // The server's step 1: this client has nothing the server lacks.
      this.#send(syncMessage(1, EMPTY_UPDATE))
      return false
    }
    const update = decoding.readVarUint8Array(decoder)
    if (syncType === 2) this.#count(update)
    return syncType === 1
  }

  #count(update: Uint8Array): void {
    const now = performance.now()
    const { to } = Y.parseUpdateMeta(update)
    for (const [client, clock] of to) {
      const sentAt = this.#ledger.sentAt.get(client)
      const clocks = this.#ledger.clocks.get(client)
      if (!sentAt || !clocks || client === this.#script?.clientId) continue
      // Keystrokes arrive in order: walk forward from the first one not yet received.
      let k = this.#next.get(client) ?? 0
      while (k < sentAt.length && (clocks[k] as number) <= clock) {
        this.#ledger.latencies.push(now - (sentAt[k] as number))
        this.#ledger.delivered++
        k++
      }
      this.#next.set(client, k)
    }
  }
}
