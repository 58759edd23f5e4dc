import { MessageType } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { Dialect } from './dialect'
import { syncMessage } from './syncMessage'
import { frameFor, hocuspocusAuth, openFrame } from './dialect'
import type { UpdateReach } from './UpdateReach'

export interface JoinClientOptions {
  url: string
  dialect: Dialect
  documentName: string
  token?: string
  /** The state vector of the document the server holds: synced means all of it arrived. */
  expected: ReadonlyMap<number, number>
  reach: UpdateReach
  /** Coplan tells every connection what it may do; wait for that notice too. */
  requireSessionNotice?: boolean
  /** Apply what arrives to a real Y.Doc (to check content); costly for large documents. */
  keepDoc?: boolean
}

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc())
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc())

/**
 * A client that joins a document as a fresh editor would (empty state vector in its step 1,
 * an empty step 2 in answer to the server's) and records when it is synced: when it has the
 * server's answer to its step 1, every struct of the expected state (some servers send the
 * content later, as updates: y-websocket answers before its LevelDB load finished), and for
 * Coplan the session notice. It counts the bytes of every message it receives.
 */
export class JoinClient {
  readonly startedAt = performance.now()
  syncedAt: number | null = null
  bytesReceived = 0
  messagesReceived = 0
  readonly doc: Y.Doc | null
  /** Resolves with the milliseconds from construction until synced. */
  readonly synced: Promise<number>
  /** Resolves with the close code once the socket closed, whoever closed it. */
  readonly closed: Promise<number>
  closeCode: number | null = null
  readonly #socket: WebSocket
  readonly #options: JoinClientOptions
  readonly #received = new Map<number, number>()
  #step2 = false
  #notice = false
  #onStep2: (() => void) | null = null
  #resolveSynced: () => void = () => {}

  constructor(options: JoinClientOptions) {
    this.#options = options
    this.doc = options.keepDoc ? new Y.Doc() : null
    this.#socket = new WebSocket(options.url, { perMessageDeflate: false })
    this.#socket.binaryType = 'nodebuffer'
    this.closed = new Promise((resolve) =>
      this.#socket.once('close', (code) => {
        this.closeCode = code
        resolve(code)
      }),
    )
    const synced = new Promise<void>((resolve, reject) => {
      this.#resolveSynced = resolve
      // `on`, not `once`: a second error event must not crash the load generator.
      this.#socket.on('error', reject)
      void this.closed.then((code) => reject(new Error(`Closed (${code}) before synced`)))
    })
    this.synced = synced.then(() => (this.syncedAt as number) - this.startedAt)
    // Handled by whoever awaits `synced`; never an unhandled rejection when nobody does.
    this.synced.catch(() => {})
    this.#socket.on('message', (data: Buffer) => {
      this.bytesReceived += data.byteLength
      this.messagesReceived++
      this.#onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    })
    this.#socket.once('open', () => {
      if (options.dialect === 'hocuspocus') {
        this.#socket.send(hocuspocusAuth(options.documentName, options.token ?? ''))
      }
      this.#send(syncMessage(0, EMPTY_STATE_VECTOR))
    })
  }

  get open(): boolean {
    return this.#socket.readyState === WebSocket.OPEN
  }

  /** Asks again for the whole document; resolves with the round trip in ms. Proves liveness. */
  probe(): Promise<number> {
    const started = performance.now()
    return new Promise((resolve, reject) => {
      if (!this.open) return reject(new Error('Not open'))
      this.#onStep2 = () => resolve(performance.now() - started)
      this.#send(syncMessage(0, EMPTY_STATE_VECTOR))
      void this.closed.then((code) => reject(new Error(`Closed (${code}) during probe`)))
    })
  }

  close(): void {
    this.#socket.close()
  }

  #send(message: Uint8Array): void {
    if (this.open) {
      this.#socket.send(frameFor(this.#options.dialect, this.#options.documentName, message))
    }
  }

  #onMessage(data: Uint8Array): void {
    const decoder = openFrame(this.#options.dialect, data)
    const type = decoding.readVarUint(decoder)
    if (type === MessageType.SessionNotice && this.#options.dialect === 'y-websocket') {
      this.#notice = true
    } else if (type === MessageType.Sync) {
      const syncType = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      if (syncType === 0) {
        // The server's step 1: this client has nothing the server lacks.
        this.#send(syncMessage(1, EMPTY_UPDATE))
        return
      }
      this.#receiveUpdate(payload)
      if (syncType === 1) {
        this.#step2 = true
        const onStep2 = this.#onStep2
        this.#onStep2 = null
        onStep2?.()
      }
    }
    this.#checkSynced()
  }

  #receiveUpdate(update: Uint8Array): void {
    if (this.doc) Y.applyUpdate(this.doc, update)
    for (const [client, clock] of this.#options.reach.of(update)) {
      if (clock > (this.#received.get(client) ?? 0)) this.#received.set(client, clock)
    }
  }

  #checkSynced(): void {
    if (this.syncedAt !== null || !this.#step2) return
    if (this.#options.requireSessionNotice && !this.#notice) return
    for (const [client, clock] of this.#options.expected) {
      if ((this.#received.get(client) ?? 0) < clock) return
    }
    this.syncedAt = performance.now()
    this.#resolveSynced()
  }
}
