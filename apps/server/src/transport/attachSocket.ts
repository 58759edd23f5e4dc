import { CloseCode, closeReasons } from '@coplan/protocol'
import type { WebSocket } from 'ws'
import type { Logger } from '../logger'
import type { Connection, ReadOnly } from '../rooms/Connection'
import type { Room } from '../rooms/Room'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import type { MessageRateLimit } from './MessageRateLimit'

/** Messages a client may send while its plan is still loading; more is abuse. */
const MAX_EARLY_MESSAGES = 64

/** The TCP stream under the websocket: corked, it gathers several frames into one write. */
export interface Corkable {
  cork(): void
  uncork(): void
}

export interface AttachSocketOptions {
  socket: WebSocket
  /** The socket's TCP stream (the upgraded request's socket). */
  stream: Corkable
  planId: string
  connectionId: string
  canWrite: boolean
  /** Shown to the person when `canWrite` is false. */
  readOnly: ReadOnly | null
  identity: Readonly<Record<string, unknown>> | null
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
  const { socket, stream, planId, registry, logger } = options
  let room: Room | null = null
  let closed = false
  // Once the server decided to close, what the client still sends is ignored.
  let closing = false
  const connection: Connection = {
    id: options.connectionId,
    canWrite: options.canWrite,
    readOnly: options.readOnly,
    identity: options.identity,
    send: (...messages) => {
      if (socket.readyState !== socket.OPEN) return
      // One system call for everything this turn has for the client, not one per frame:
      // sending is most of a relay's work (`ws` corks each frame itself; corks nest).
      stream.cork()
      for (const message of messages) socket.send(message)
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
