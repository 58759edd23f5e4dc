import { MessageType } from '@coplan/protocol'
import * as encoding from 'lib0/encoding'

/** A sync message of the y-websocket protocol: its type, then what `write` puts in. */
export const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  write(encoder)
  return encoding.toUint8Array(encoder)
}
