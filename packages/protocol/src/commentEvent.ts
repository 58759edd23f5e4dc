import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { ThreadView } from './apiTypes'
import { MessageType } from './messageTypes'

/**
 * Pushed by the server to everyone on a plan when a thread changes. The server is the only
 * writer of comments: clients change them through the HTTP API and learn of every change,
 * their own included, through these events.
 */
export type CommentEvent =
  { type: 'thread'; thread: ThreadView } | { type: 'thread-deleted'; threadId: string }

export const writeCommentEvent = (event: CommentEvent): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.CommentEvent)
  encoding.writeVarString(encoder, JSON.stringify(event))
  return encoding.toUint8Array(encoder)
}

/** Reads the body of a comment event; the decoder is positioned after the message type. */
export const readCommentEvent = (decoder: decoding.Decoder): CommentEvent => {
  const value = JSON.parse(decoding.readVarString(decoder)) as Partial<CommentEvent> | null
  if (value?.type === 'thread' && typeof value.thread === 'object') return value as CommentEvent
  if (value?.type === 'thread-deleted' && typeof value.threadId === 'string')
    return value as CommentEvent
  throw new Error('Invalid comment event')
}
