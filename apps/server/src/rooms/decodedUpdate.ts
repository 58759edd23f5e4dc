import * as Y from 'yjs'

type Decoded = ReturnType<typeof Y.decodeUpdate>

/** The last update decoded, while its checks run (they come one after the other). */
let last: { update: Uint8Array; decoded: Decoded } | null = null

/**
 * The structs and deletions of a client's update, decoded once for the checks that read it one
 * after the other when it arrives (each check of a keystroke would otherwise decode it again).
 * V1 only: V2 decoding can be made to loop forever by crafted bytes. Only the last update is
 * kept, until the next one is decoded or `forgetDecoded` is called.
 */
export const decodedUpdate = (update: Uint8Array): Decoded => {
  if (last?.update !== update) last = { update, decoded: Y.decodeUpdate(update) }
  return last.decoded
}

/** Lets go of the last update decoded (its checks are done). */
export const forgetDecoded = (): void => {
  last = null
}
