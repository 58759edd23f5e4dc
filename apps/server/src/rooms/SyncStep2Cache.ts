import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { syncMessage } from './syncMessage'

/** Distinct state vectors whose answers are kept; joiners with nothing share one. */
const ENTRIES = 8
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc())
const keyOf = (stateVector: Uint8Array): string =>
  Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1')

/**
 * Sync step 2 answers by the state vector asked with, encoded once for everyone who sends the
 * same one: when a crowd opens a long plan at once (a plenary), most arrive with nothing and
 * get the same whole state, which is the costly part of a join. Valid until the doc changes
 * (`clear`).
 */
export class SyncStep2Cache {
  readonly #answers = new Map<string, Uint8Array>()

  /**
   * `wholeState`: the doc's whole state as stored, when it was loaded from one snapshot alone,
   * the answer to a client that has nothing without encoding the doc again.
   */
  constructor(wholeState?: Uint8Array) {
    if (wholeState) {
      const answer = syncMessage((encoder) => {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
        encoding.writeVarUint8Array(encoder, wholeState)
      })
      this.#answers.set(keyOf(EMPTY_STATE_VECTOR), answer)
    }
  }

  /** The answer to `stateVector`; `doc` is read only when it is not cached. */
  answer(stateVector: Uint8Array, doc: () => Y.Doc): Uint8Array {
    const key = keyOf(stateVector)
    const cached = this.#answers.get(key)
    if (cached) return cached
    const message = syncMessage((encoder) =>
      syncProtocol.writeSyncStep2(encoder, doc(), stateVector),
    )
    if (this.#answers.size >= ENTRIES) this.#answers.clear()
    this.#answers.set(key, message)
    return message
  }

  clear(): void {
    this.#answers.clear()
  }
}
