import { LIVE_EVENT_NAME } from '@coplan/protocol'
import type { LiveEvent } from '@coplan/protocol'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Authenticator } from '../auth/Authenticator'
import type { LiveEvents } from '../events/LiveEvents'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { requirePrincipal } from './requirePrincipal'

/** A comment line this often keeps proxies and browsers from dropping an idle stream. */
const KEEP_ALIVE_MS = 25_000

/**
 * `GET /events`: the signed-in person's server-sent events (see `LiveEvent`). The browser's
 * EventSource reconnects by itself after a drop; a tab then reads what it may have missed.
 */
export const createEventRoutes = (authenticator: Authenticator, live: LiveEvents): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>()
  routes.get('/events', requirePrincipal(authenticator), (c) => {
    const principal = c.var.principal
    if (!live.hasRoomFor(principal.user.id)) {
      throw new HttpError(429, 'too_many_streams', 'Too many open tabs for this account')
    }
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (stream) => {
      let wake = (): void => {}
      let ended = false
      const end = (): void => {
        ended = true
        wake()
      }
      const unsubscribe = live.subscribe(principal, {
        send: (event: LiveEvent) => {
          if (ended) return
          stream.writeSSE({ event: LIVE_EVENT_NAME, data: JSON.stringify(event) }).catch(end)
        },
        end,
      })
      stream.onAbort(end)
      try {
        // Sent at once, so the browser sees the stream open before the first event.
        await stream.write(': connected\n\n')
        while (!ended) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, KEEP_ALIVE_MS)
            wake = () => {
              clearTimeout(timer)
              resolve()
            }
          })
          if (!ended) await stream.write(': keep-alive\n\n')
        }
      } finally {
        unsubscribe()
      }
    })
  })
  return routes
}
