import { STATUS_CODES } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { COPLAN_MESSAGES_PARAM, CloseCode, closeReasons } from '@coplan/protocol'
import type { WebSocket, WebSocketServer } from 'ws'
import type { Authenticator } from '../auth/Authenticator'
import { connectionIdentity } from '../auth/connectionIdentity'
import type { LiveAccess } from '../auth/LiveAccess'
import { authorizePlan, can } from '../auth/planPolicy'
import { readOnlyReason } from '../auth/planRights'
import { isAllowedOrigin } from '../auth/requestOrigin'
import type { CourseStore } from '../course/CourseStore'
import { httpErrorAnswer } from '../http/handleHttpError'
import { HttpError } from '../http/HttpError'
import type { Logger } from '../logger'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import { attachSocket } from './attachSocket'
import { ConnectionCounter } from './ConnectionCounter'
import { MessageRateLimit } from './MessageRateLimit'
import { SharedFrames } from './SharedFrames'

export interface CollabUpgradeOptions {
  wss: WebSocketServer
  course: CourseStore
  registry: RoomRegistry
  authenticator: Authenticator
  liveAccess: LiveAccess
  allowedOrigins: readonly string[]
  limits: {
    messagesPerSecond: number
    messageBurst: number
    connectionsPerUser: number
    connectionsPerAddress: number
  }
  /** False once the server is shutting down: new connections are refused (503). */
  isOpen: () => boolean
  logger: Logger
}

const COLLAB_PATH = /^\/collab\/([^/?]+)$/

/** Answers an upgrade request with an HTTP error and closes its socket. */
const refuse = (socket: Duplex, status: number, body: unknown): void => {
  const text = JSON.stringify(body)
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(text)}\r\n` +
      'Connection: close\r\n\r\n' +
      text,
  )
}

/**
 * The HTTP server's `upgrade` listener: `/collab/:planId`, the y-websocket endpoint. Every
 * refusal happens here, as the HTTP answer to the upgrade and before any document is loaded:
 * another site's page (403), no valid credentials (401), an unknown plan (404), a plan the
 * person may not read (403). An accepted upgrade goes to `ws` and then straight to the room:
 * no framework wraps the socket or its messages.
 */
export const createCollabUpgrade = (options: CollabUpgradeOptions) => {
  const { wss, course, registry, authenticator, liveAccess, logger } = options
  let nextConnection = 0
  const frames = new SharedFrames()
  const perUser = new ConnectionCounter(options.limits.connectionsPerUser)
  const perAddress = new ConnectionCounter(options.limits.connectionsPerAddress)

  const authorize = (request: IncomingMessage) => {
    if (!options.isOpen()) throw new HttpError(503, 'unavailable', 'The server is shutting down')
    const url = new URL(request.url ?? '/', 'http://coplan.invalid')
    const match = COLLAB_PATH.exec(url.pathname)
    if (!match) throw new HttpError(404, 'not_found', 'There is nothing to connect to here')
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value)
      else if (Array.isArray(value)) headers.set(name, value.join(', '))
    }
    if (!isAllowedOrigin(headers, options.allowedOrigins)) {
      throw new HttpError(403, 'cross_origin', 'Connections from other sites are not allowed')
    }
    const credential = authenticator.credentialOf(headers, url, { allowQueryToken: true })
    const principal = authenticator.authenticate(credential)
    if (!principal) throw new HttpError(401, 'unauthenticated', 'Sign in to continue')
    let planId: string
    try {
      planId = decodeURIComponent(match[1] ?? '')
    } catch {
      throw new HttpError(404, 'plan_not_found', 'There is no plan with that id')
    }
    const plan = authorizePlan(course, principal.user, planId, 'read')
    const canWrite = can(principal.user, 'edit', plan)
    return {
      planId: plan.id,
      principal,
      canWrite,
      readOnly: canWrite ? null : readOnlyReason(principal.user, plan),
      coplanMessages: url.searchParams.get(COPLAN_MESSAGES_PARAM) === '1',
    }
  }

  const open = (
    socket: WebSocket,
    tcp: Socket,
    { planId, principal, canWrite, readOnly, coplanMessages }: ReturnType<typeof authorize>,
  ): void => {
    const userKey = principal.user.id
    const address = tcp.remoteAddress ?? 'unknown'
    if (!perUser.add(userKey)) {
      socket.close(CloseCode.TooManyConnections, closeReasons[CloseCode.TooManyConnections])
      return
    }
    if (!perAddress.add(address)) {
      perUser.remove(userKey)
      socket.close(CloseCode.TooManyConnections, closeReasons[CloseCode.TooManyConnections])
      return
    }
    let untrack = (): void => {}
    const connection = attachSocket({
      socket,
      stream: tcp,
      frames,
      planId,
      connectionId: `${++nextConnection}:${principal.user.id}`,
      canWrite,
      readOnly,
      identity: { ...connectionIdentity(principal.user, course) },
      coplanMessages,
      onClose: () => {
        untrack()
        perUser.remove(userKey)
        perAddress.remove(address)
      },
      rateLimit: new MessageRateLimit(
        options.limits.messagesPerSecond,
        options.limits.messageBurst,
      ),
      registry,
      logger,
    })
    untrack = liveAccess.track(connection, planId, principal.credential)
  }

  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    let accepted: ReturnType<typeof authorize>
    try {
      accepted = authorize(request)
    } catch (error) {
      const { status, body } = httpErrorAnswer(error, logger, {
        method: request.method ?? 'GET',
        path: request.url ?? '',
      })
      refuse(socket, status, body)
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // For the heartbeat, which watches the server's `connection` events.
      wss.emit('connection', ws, request)
      open(ws, socket as Socket, accepted)
    })
  }
}
