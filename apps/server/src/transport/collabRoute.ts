import { upgradeWebSocket } from '@hono/node-server'
import { Hono } from 'hono'
import type { WebSocket } from 'ws'
import type { CourseStore } from '../course/CourseStore'
import { HttpError } from '../http/HttpError'
import type { Logger } from '../logger'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import { attachSocket } from './attachSocket'

export interface CollabRouteOptions {
  course: CourseStore
  registry: RoomRegistry
  logger: Logger
}

/**
 * `/collab/:planId`: the y-websocket endpoint. Refusals (unknown plan) happen here, as HTTP
 * responses to the upgrade, before any document is loaded.
 */
export const createCollabRoute = ({ course, registry, logger }: CollabRouteOptions): Hono => {
  const route = new Hono()
  let nextConnection = 0
  route.get(
    '/:planId',
    async (c, next) => {
      if (!course.findPlan(c.req.param('planId'))) {
        throw new HttpError(404, 'plan_not_found', 'There is no plan with that id')
      }
      await next()
    },
    upgradeWebSocket((c) => {
      const planId = c.req.param('planId') ?? ''
      return {
        onOpen: (_event, ws) => {
          attachSocket({
            // Listening on the raw socket keeps Hono's per-message wrappers off the hot path.
            socket: ws.raw as WebSocket,
            planId,
            connectionId: String(++nextConnection),
            canWrite: true,
            registry,
            logger,
          })
        },
      }
    }),
  )
  return route
}
