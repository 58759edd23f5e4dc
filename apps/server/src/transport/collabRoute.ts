import type { Socket } from 'node:net'
import { upgradeWebSocket } from '@hono/node-server'
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { WebSocket } from 'ws'
import type { Authenticator, Principal } from '../auth/Authenticator'
import { connectionIdentity } from '../auth/connectionIdentity'
import type { LiveAccess } from '../auth/LiveAccess'
import type { PlanRights } from '../auth/planRights'
import { planRights, readOnlyReason } from '../auth/planRights'
import { isAllowedOrigin } from '../auth/requestOrigin'
import type { CourseStore } from '../course/CourseStore'
import { HttpError } from '../http/HttpError'
import type { Logger } from '../logger'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import type { ReadOnly } from '../rooms/Connection'
import { attachSocket } from './attachSocket'
import { ConnectionCounter } from './ConnectionCounter'
import { MessageRateLimit } from './MessageRateLimit'
import { CloseCode, closeReasons } from '@coplan/protocol'

export interface CollabRouteOptions {
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
  logger: Logger
}

interface CollabEnv {
  Variables: { principal: Principal; rights: PlanRights; readOnly: ReadOnly | null }
}

/**
 * `/collab/:planId`: the y-websocket endpoint. Every refusal happens here, as the HTTP answer
 * to the upgrade and before any document is loaded: another site's page (403), no valid
 * credentials (401), an unknown plan (404), a plan the person may not read (403).
 */
export const createCollabRoute = (options: CollabRouteOptions): Hono<CollabEnv> => {
  const { course, registry, authenticator, liveAccess, logger } = options
  const route = new Hono<CollabEnv>()
  let nextConnection = 0
  const perUser = new ConnectionCounter(options.limits.connectionsPerUser)
  const perAddress = new ConnectionCounter(options.limits.connectionsPerAddress)
  route.get(
    '/:planId',
    createMiddleware<CollabEnv>(async (c, next) => {
      const headers = c.req.raw.headers
      if (!isAllowedOrigin(headers, options.allowedOrigins)) {
        throw new HttpError(403, 'cross_origin', 'Connections from other sites are not allowed')
      }
      const credential = authenticator.credentialOf(headers, new URL(c.req.url), {
        allowQueryToken: true,
      })
      const principal = authenticator.authenticate(credential)
      if (!principal) throw new HttpError(401, 'unauthenticated', 'Sign in to continue')
      const plan = course.findPlan(c.req.param('planId') ?? '')
      if (!plan) throw new HttpError(404, 'plan_not_found', 'There is no plan with that id')
      const rights = planRights(principal.user, plan)
      if (!rights.read) throw new HttpError(403, 'forbidden', 'You may not open this plan')
      c.set('principal', principal)
      c.set('rights', rights)
      c.set('readOnly', rights.edit ? null : readOnlyReason(principal.user, plan))
      await next()
    }),
    upgradeWebSocket((c) => {
      const planId = c.req.param('planId') ?? ''
      const principal = c.get('principal')
      const rights = c.get('rights')
      // The upgraded request's TCP socket: the websocket's own stream from now on.
      const tcp = (c.env as { incoming?: { socket?: Socket } } | undefined)?.incoming?.socket
      const address = tcp?.remoteAddress ?? 'unknown'
      return {
        onOpen: (_event, ws) => {
          const socket = ws.raw as WebSocket
          const userKey = principal.user.id
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
            // Listening on the raw socket keeps Hono's per-message wrappers off the hot path.
            socket,
            stream: tcp ?? { cork: () => {}, uncork: () => {} },
            planId,
            connectionId: `${++nextConnection}:${principal.user.id}`,
            canWrite: rights.edit,
            readOnly: c.get('readOnly'),
            identity: { ...connectionIdentity(principal.user, course) },
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
        },
      }
    }),
  )
  return route
}
