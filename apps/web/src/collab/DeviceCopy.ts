import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'

/** The IndexedDB custom-store key of the state vector the server last said it had stored. */
const CONFIRMED_KEY = 'confirmed'

/** What loading the copy found. */
export interface DeviceCopyLoad {
  /** The copy held the plan (it was synced with the server on this device before). */
  holdsPlan: boolean
  /** What the server had confirmed storing when this device last heard from it. */
  confirmed: Map<number, number>
}

/**
 * The copy of a plan kept on this device (y-indexeddb): every update of the Y.Doc is written to
 * IndexedDB as it happens, and opening the plan again, even offline, starts from it. Beside the
 * document it keeps what the server is known to have stored (what it acknowledged, and what it
 * sent), so that after a reload the save indicator still counts only what the server lacks.
 *
 * IndexedDB may be missing or refused (private windows, full disks): then `load()` rejects and
 * the session goes on without a copy, as before.
 */
export class DeviceCopy {
  readonly #persistence: IndexeddbPersistence
  /** Highest clock per client the server is known to have; written through once loaded. */
  readonly #confirmed = new Map<number, number>()
  #loaded = false

  constructor(name: string, doc: Y.Doc) {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available')
    this.#persistence = new IndexeddbPersistence(name, doc)
  }

  /** Resolves once the copy has been applied to the document. */
  async load(): Promise<DeviceCopyLoad> {
    // y-indexeddb only reports success; a database that cannot be opened rejects here.
    await this.#persistence._db
    await this.#persistence.whenSynced
    const stored: unknown = await this.#persistence.get(CONFIRMED_KEY)
    const before = new Map(this.#confirmed)
    if (stored instanceof ArrayBuffer) this.#merge(Y.decodeStateVector(new Uint8Array(stored)))
    this.#loaded = true
    // Confirmations that arrived while loading were only kept in memory.
    if (before.size > 0) this.#write()
    return {
      holdsPlan: this.#persistence.doc.store.clients.size > 0,
      confirmed: new Map(this.#confirmed),
    }
  }

  /** The server has stored everything up to `stateVector` (acknowledged it, or sent it). */
  confirm(stateVector: Map<number, number>): void {
    if (this.#merge(stateVector) && this.#loaded) this.#write()
  }

  /**
   * Deletes the copy from this device: it holds a change the server refused (it went beyond a
   * limit of the plan), which every later session would send again and have refused again.
   */
  discard(): void {
    this.#persistence.clearData().catch((error: unknown) => {
      console.warn(`Could not delete the device copy ${this.#persistence.name}`, error)
    })
  }

  destroy(): void {
    this.#persistence.destroy().catch((error: unknown) => {
      console.warn(`Could not close the device copy ${this.#persistence.name}`, error)
    })
  }

  #merge(stateVector: Map<number, number>): boolean {
    let changed = false
    for (const [client, clock] of stateVector) {
      if ((this.#confirmed.get(client) ?? 0) >= clock) continue
      this.#confirmed.set(client, clock)
      changed = true
    }
    return changed
  }

  #write(): void {
    const encoded = Y.encodeStateVector(this.#confirmed)
    this.#persistence.set(CONFIRMED_KEY, encoded.slice().buffer).catch((error: unknown) => {
      console.warn(`Could not keep the save state of ${this.#persistence.name}`, error)
    })
  }
}
