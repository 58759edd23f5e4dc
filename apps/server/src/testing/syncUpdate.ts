import { MessageType } from '@coplan/protocol'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'

/** A Yjs update as a client sends it over the websocket. */
export const syncUpdate = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}
