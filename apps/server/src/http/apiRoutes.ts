import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AdminRoutesOptions } from './adminRoutes'
import { createAdminRoutes } from './adminRoutes'
import type { AppEnv } from './AppEnv'
import type { AuthRoutesOptions } from './authRoutes'
import { createAuthRoutes } from './authRoutes'
import { HttpError } from './HttpError'
import { createPlanRoutes } from './planRoutes'
import { listPlansFor } from '../views/listPlansFor'
import { createCommentRoutes } from './commentRoutes'
import { createNotificationRoutes } from './notificationRoutes'
import { createEventRoutes } from './eventRoutes'
import type { LiveEvents } from '../events/LiveEvents'
import { createWorkflowRoutes } from './workflowRoutes'
import type { ExportRoutesOptions } from './exportRoutes'
import { createExportRoutes } from './exportRoutes'
import type { ActivityStore } from '../activity/ActivityStore'
import type { VersionService } from '../versions/VersionService'
import type { WorkflowService } from '../workflow/WorkflowService'
import type { NotificationFeed } from '../views/NotificationFeed'
import type { CommentService } from '../comments/CommentService'
import type { CommentStore } from '../comments/CommentStore'
import { refuseCrossOrigin } from './refuseCrossOrigin'

export interface ApiRoutesOptions
  extends AuthRoutesOptions, AdminRoutesOptions, ExportRoutesOptions {
  comments: CommentService
  commentStore: CommentStore
  notificationFeed: NotificationFeed
  live: LiveEvents
  workflow: WorkflowService
  versions: VersionService
  activity: ActivityStore
  maxBodyBytes: number
  allowedOrigins: readonly string[]
  isReady: () => boolean
}

/** The JSON API under `/api`, for the web app and for scripts. */
export const createApiRoutes = (options: ApiRoutesOptions): Hono<AppEnv> => {
  const { maxBodyBytes } = options
  const api = new Hono<AppEnv>()

  api.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new HttpError(
          413,
          'body_too_large',
          `Request bodies are limited to ${maxBodyBytes} bytes`,
        )
      },
    }),
  )
  api.use(refuseCrossOrigin(options.allowedOrigins))

  api.get('/health', (c) =>
    options.isReady() ? c.json({ status: 'ok' }) : c.json({ status: 'unavailable' }, 503),
  )
  api.route('/auth', createAuthRoutes(options))
  api.route('/admin', createAdminRoutes(options))
  api.route(
    '/',
    createPlanRoutes(options.authenticator, options.course, (user) =>
      listPlansFor(user, {
        course: options.course,
        users: options.users,
        comments: options.commentStore,
      }),
    ),
  )
  api.route('/', createCommentRoutes(options.authenticator, options.comments))
  api.route(
    '/',
    createNotificationRoutes(options.authenticator, options.notificationFeed, options.live),
  )
  api.route('/', createEventRoutes(options.authenticator, options.live))
  api.route('/', createWorkflowRoutes(options))
  api.route('/', createExportRoutes(options))

  api.all('*', () => {
    throw new HttpError(404, 'not_found', 'No such API endpoint')
  })

  return api
}
