import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import type { Authenticator } from '../auth/Authenticator'
import type { LiveEventSink } from '../events/LiveEvents'
import type { NotificationFeed } from '../views/NotificationFeed'
import type { AppEnv } from './AppEnv'
import { jsonBody, refuseInvalidBody } from './jsonBody'
import { requirePrincipal } from './requirePrincipal'

const readBody = z.object({ ids: z.array(z.string().min(1)).max(500).optional() })

/** The signed-in person's notifications; `POST /notifications/read` without ids reads all. */
export const createNotificationRoutes = (
  authenticator: Authenticator,
  feed: NotificationFeed,
  live: LiveEventSink,
): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>()
  const auth = requirePrincipal(authenticator)
  routes.get('/notifications', auth, (c) => c.json(feed.list(c.var.principal.user)))
  routes.post(
    '/notifications/read',
    auth,
    jsonBody,
    zValidator('json', readBody, refuseInvalidBody),
    (c) => {
      const { ids } = c.req.valid('json')
      feed.markRead(c.var.principal.user, ids ?? null)
      // The person's other tabs show the same unread count.
      live.notifications([c.var.principal.user.id])
      return c.json({ ok: true })
    },
  )
  return routes
}
