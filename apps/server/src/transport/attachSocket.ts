import { CloseCode, closeReasons, isCoplanMessage } from '@coplan/protocol'
import type { WebSocket } from 'ws'
import type { Logger } from '../logger'
import type { Connection, ReadOnly } from '../rooms/Connection'
import type { Room } from '../rooms/Room'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import type { MessageRateLimit } from './MessageRateLimit'
import type { SharedFrames } from './SharedFrames'

/** Messages a client may send while its plan is still loading; more is abuse. */
const MAX_EARLY_MESSAGES = 64

/** The TCP stream under the websocket, written to directly with frames made once. */
export interface RawStream {
  write(bytes: Uint8Array): unknown
  cork(): void
  uncork(): void
}

export interface AttachSocketOptions {
  socket: WebSocket
  /** The socket's TCP stream (the upgraded request's socket). */
  stream: RawStream
  /** Frames shared by every connection of the server. */
  frames: SharedFrames
  planId: string
  connectionId: string
  canWrite: boolean
  /** Shown to the person when `canWrite` is false. */
  readOnly: ReadOnly | null
  identity: Readonly<Record<string, unknown>> | null
  /**
   * Whether the client asked for Coplan's own messages (`COPLAN_MESSAGES_PARAM`); a stock
   * y-websocket client gets only the standard protocol.
   */
  coplanMessages: boolean
  /** Called once the socket has closed. */
  onClose?: () => void
  rateLimit: MessageRateLimit
  registry: RoomRegistry
  logger: Logger
}

/**
 * Joins an upgraded `ws` socket to its plan's room. The message listener is attached before
 * the room is awaited, so messages that arrive while the plan loads are kept, not lost.
 */
export const attachSocket = (options: AttachSocketOptions): Connection => {
  const { socket, stream, frames, planId, registry, logger } = options
  let room: Room | null = null
  let closed = false
  // Once the server decided to close, what the client still sends is ignored.
  let closing = false
  const connection: Connection = {
    id: options.connectionId,
    canWrite: options.canWrite,
    readOnly: options.readOnly,
    identity: options.identity,
    send: (...all) => {
      const messages = options.coplanMessages
        ? all
        : all.filter((message) => !isCoplanMessage(message))
      if (socket.readyState !== socket.OPEN || messages.length === 0) return
      // One write of frames shared with the plan's other connections, not `ws` framing each
      // message for each socket: sending is most of a relay's work. Safe beside `ws`'s own
      // writes (pings, close) because without compression or Blobs `ws` writes synchronously
      // and queues nothing that ours could overtake.
      const chunks = frames.chunksFor(messages)
      if (chunks.length === 1) {
        stream.write(chunks[0] as Uint8Array)
        return
      }
      stream.cork()
      for (const chunk of chunks) stream.write(chunk)
      stream.uncork()
    },
    close: (code, reason) => {
      closing = true
      socket.close(code, reason)
    },
  }
  const early: Uint8Array[] = []

  const onMessage = (data: unknown, isBinary: boolean): void => {
    if (closing) return
    if (!isBinary || !(data instanceof Buffer)) {
      connection.close(CloseCode.MalformedMessage, closeReasons[CloseCode.MalformedMessage])
      return
    }
    if (!options.rateLimit.take()) {
      logger.warn('Closing a connection that sends too many messages', {
        plan: planId,
        connection: connection.id,
      })
      connection.close(CloseCode.RateLimited, closeReasons[CloseCode.RateLimited])
      return
    }
    // An exact copy: lib0 decodes within the underlying buffer, which `ws` may share.
    const message = new Uint8Array(data)
    if (room) room.receive(connection, message)
    else if (early.length < MAX_EARLY_MESSAGES) early.push(message)
    else connection.close(CloseCode.RateLimited, closeReasons[CloseCode.RateLimited])
  }
  socket.on('message', onMessage)
  socket.on('close', () => {
    closed = true
    room?.leave(connection)
    options.onClose?.()
  })
  socket.on('error', (error) => {
    logger.warn('Websocket error', {
      plan: planId,
      connection: connection.id,
      error: error.message,
    })
  })

  registry.open(planId).then(
    (loaded) => {
      if (closed) return
      room = loaded
      loaded.join(connection)
      for (const message of early.splice(0)) loaded.receive(connection, message)
    },
    () => {
      connection.close(CloseCode.LoadFailed, closeReasons[CloseCode.LoadFailed])
    },
  )
  return connection
}
