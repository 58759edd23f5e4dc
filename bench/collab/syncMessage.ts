import * as encoding from 'lib0/encoding'

/** A y-protocols sync message (step 1, step 2 or update) carrying `payload`. */
export const syncMessage = (syncType: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
