import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/**
 * How a server frames y-protocols messages. `y-websocket` (Coplan, the reference server, the
 * null relay): the message alone, one document per socket. `hocuspocus`: every message starts
 * with the document name, and the client must authenticate before anything else.
 */
export type Dialect = 'y-websocket' | 'hocuspocus'

export const frameFor = (
  dialect: Dialect,
  documentName: string,
  message: Uint8Array,
): Uint8Array => {
  if (dialect === 'y-websocket') return message
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeUint8Array(encoder, message)
  return encoding.toUint8Array(encoder)
}

/** A decoder positioned at the y-protocols message type. */
export const openFrame = (dialect: Dialect, data: Uint8Array): decoding.Decoder => {
  const decoder = decoding.createDecoder(data)
  if (dialect === 'hocuspocus') decoding.readVarString(decoder)
  return decoder
}

/** Hocuspocus's authentication message: type 2 (auth), subtype 0 (token), the token. */
export const hocuspocusAuth = (documentName: string, token: string): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarString(encoder, token)
  return encoding.toUint8Array(encoder)
}
