import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType } from './messageTypes'

/**
 * The server's acknowledgement that it has stored everything a client sent: the state vector
 * of the plan as persisted. A client whose own state vector this covers has nothing unsaved;
 * only this, never a guess, lets the editor say "All changes saved".
 */
export const writePersistedAck = (stateVector: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.PersistedAck)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** Reads the state vector of an acknowledgement; the decoder is past the message type. */
export const readPersistedAck = (decoder: decoding.Decoder): Uint8Array =>
  decoding.readVarUint8Array(decoder)
