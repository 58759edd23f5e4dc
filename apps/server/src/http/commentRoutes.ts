import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import type { Authenticator } from '../auth/Authenticator'
import type { CommentService } from '../comments/CommentService'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { jsonBody, refuseInvalidBody } from './jsonBody'
import { requirePrincipal } from './requirePrincipal'

const base64Position = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'anchor positions must be base64')

const mentions = z.array(z.string().min(1).max(100)).max(50).default([])
// Bodies are checked for emptiness and length by the service, with clearer messages.
const body = z.string().max(100_000)

const newThreadBody = z.object({
  anchor: z.object({ start: base64Position, end: base64Position }),
  body,
  mentions,
})
const commentBody = z.object({ body, mentions })

const decodePosition = (value: string): Uint8Array => {
  const bytes = Buffer.from(value, 'base64')
  if (bytes.length === 0) throw new HttpError(400, 'invalid_anchor', 'The anchor is not a position')
  return new Uint8Array(bytes)
}

/** Comment threads of a plan, the people who can be mentioned, notifications and visits. */
export const createCommentRoutes = (
  authenticator: Authenticator,
  comments: CommentService,
): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>()
  const auth = requirePrincipal(authenticator)

  routes.get('/plans/:id/threads', auth, (c) =>
    c.json({ threads: comments.listThreads(c.var.principal.user, c.req.param('id')) }),
  )

  routes.post(
    '/plans/:id/threads',
    auth,
    jsonBody,
    zValidator('json', newThreadBody, refuseInvalidBody),
    async (c) => {
      const input = c.req.valid('json')
      const thread = await comments.createThread(c.var.principal.user, c.req.param('id'), {
        anchor: {
          start: decodePosition(input.anchor.start),
          end: decodePosition(input.anchor.end),
        },
        body: input.body,
        mentions: input.mentions,
      })
      return c.json({ thread }, 201)
    },
  )

  routes.post(
    '/plans/:id/threads/:threadId/comments',
    auth,
    jsonBody,
    zValidator('json', commentBody, refuseInvalidBody),
    (c) => {
      const input = c.req.valid('json')
      const thread = comments.reply(
        c.var.principal.user,
        c.req.param('id'),
        c.req.param('threadId'),
        input,
      )
      return c.json({ thread }, 201)
    },
  )

  routes.patch(
    '/plans/:id/comments/:commentId',
    auth,
    jsonBody,
    zValidator('json', commentBody, refuseInvalidBody),
    (c) => {
      const input = c.req.valid('json')
      const thread = comments.editComment(
        c.var.principal.user,
        c.req.param('id'),
        c.req.param('commentId'),
        input,
      )
      return c.json({ thread })
    },
  )

  routes.delete('/plans/:id/comments/:commentId', auth, (c) => {
    comments.deleteComment(c.var.principal.user, c.req.param('id'), c.req.param('commentId'))
    return c.json({ ok: true })
  })

  for (const [action, status] of [
    ['resolve', 'resolved'],
    ['reopen', 'open'],
  ] as const) {
    routes.post(`/plans/:id/threads/:threadId/${action}`, auth, (c) =>
      c.json({
        thread: comments.setStatus(
          c.var.principal.user,
          c.req.param('id'),
          c.req.param('threadId'),
          status,
        ),
      }),
    )
  }

  routes.get('/plans/:id/people', auth, (c) =>
    c.json({ people: comments.mentionable(c.var.principal.user, c.req.param('id')) }),
  )

  routes.post('/plans/:id/visit', auth, (c) => {
    comments.recordVisit(c.var.principal.user, c.req.param('id'))
    return c.json({ ok: true })
  })

  return routes
}
