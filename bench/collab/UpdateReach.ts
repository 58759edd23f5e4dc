import crypto from 'node:crypto'
import * as Y from 'yjs'

/** Parsing below this size is cheaper than hashing to find an earlier parse. */
const MEMO_MIN_BYTES = 64 * 1024

/**
 * How far a Yjs update reaches: per client, the clock after its last struct. Many clients of a
 * run receive the same large update (the plan's full state), and parsing one costs the load
 * generator milliseconds, so a large update is parsed once and found again by its hash.
 */
export class UpdateReach {
  readonly #memo = new Map<string, Map<number, number>>()

  of(update: Uint8Array): Map<number, number> {
    if (update.byteLength < MEMO_MIN_BYTES) return Y.parseUpdateMeta(update).to
    const key = crypto.createHash('sha1').update(update).digest('base64')
    let reach = this.#memo.get(key)
    if (!reach) {
      reach = Y.parseUpdateMeta(update).to
      this.#memo.set(key, reach)
    }
    return reach
  }
}

/** The state vector of a full state: what a client must have received to hold it all. */
export const stateVectorOf = (state: Uint8Array): Map<number, number> =>
  Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state))
