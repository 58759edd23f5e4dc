import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { MessageType } from './messageTypes'

/**
 * What the server tells a connection about its rights, after the sync handshake and whenever
 * they change. `canWrite: false` means the server drops this client's document updates, so the
 * editor must turn read-only and show `reason`.
 */
export interface SessionNotice {
  canWrite: boolean
  reason?: string
  /** Why, as a code the UI can translate; `reason` is the English text. */
  code?: ReadOnlyCode
}

/** mentor: mentors never write; final: the plan is final; storage: the server cannot save. */
export type ReadOnlyCode = 'mentor' | 'final' | 'storage'

const READ_ONLY_CODES: readonly string[] = ['mentor', 'final', 'storage']

export const writeSessionNotice = (notice: SessionNotice): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.SessionNotice)
  encoding.writeVarString(encoder, JSON.stringify(notice))
  return encoding.toUint8Array(encoder)
}

/** Reads the body of a session notice; the decoder is positioned after the message type. */
export const readSessionNotice = (decoder: decoding.Decoder): SessionNotice => {
  const value: unknown = JSON.parse(decoding.readVarString(decoder))
  if (typeof value !== 'object' || value === null || !('canWrite' in value)) {
    throw new Error('Invalid session notice')
  }
  const { canWrite, reason, code } = value as {
    canWrite: unknown
    reason?: unknown
    code?: unknown
  }
  return {
    canWrite: canWrite === true,
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof code === 'string' && READ_ONLY_CODES.includes(code)
      ? { code: code as ReadOnlyCode }
      : {}),
  }
}
