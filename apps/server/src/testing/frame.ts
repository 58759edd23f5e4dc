import * as encoding from 'lib0/encoding'

/** A websocket message as a client sends it: its type, then what `write` encodes. */
export const frame = (type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}
