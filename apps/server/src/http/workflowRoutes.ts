import { PLAN_STATUSES } from '@coplan/protocol'
import type { PlanSummary } from '@coplan/protocol'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import type { ActivityStore } from '../activity/ActivityStore'
import type { Authenticator } from '../auth/Authenticator'
import { authorizePlan } from '../auth/planPolicy'
import { canManageCourse } from '../auth/planRights'
import type { UserStore } from '../accounts/UserStore'
import { personRef } from '../course/personRef'
import type { CourseStore } from '../course/CourseStore'
import type { VersionService } from '../versions/VersionService'
import type { WorkflowService } from '../workflow/WorkflowService'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { jsonBody, refuseInvalidBody } from './jsonBody'
import { requirePrincipal } from './requirePrincipal'
import type { ActivityRow } from '../activity/ActivityStore'
import type { ActivityView } from '@coplan/protocol'

export interface WorkflowRoutesOptions {
  authenticator: Authenticator
  workflow: WorkflowService
  versions: VersionService
  activity: ActivityStore
  course: CourseStore
  users: UserStore
}

const statusBody = z.object({
  to: z.enum(PLAN_STATUSES),
  message: z.string().max(100_000).optional(),
})
const versionBody = z.object({ name: z.string().max(10_000) })
const ACTIVITY_KINDS = ['status', 'version', 'restore', 'export', 'membership'] as const
const activityQuery = z.object({
  kind: z.enum(ACTIVITY_KINDS).optional(),
  planId: z.string().min(1).optional(),
  /** The `createdAt` of the last entry shown… */
  before: z.string().min(1).optional(),
  /** …and its id, so entries of the same instant are not skipped. */
  beforeId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})

const parseQuery = (query: Record<string, string>) => {
  const parsed = activityQuery.safeParse(query)
  if (!parsed.success) {
    throw new HttpError(400, 'invalid_query', parsed.error.issues[0]?.message ?? 'Invalid filter')
  }
  const { before, beforeId, ...rest } = parsed.data
  if (beforeId !== undefined && before === undefined) {
    throw new HttpError(400, 'invalid_query', 'beforeId needs before')
  }
  return { ...rest, ...(before === undefined ? {} : { before: { at: before, id: beforeId } }) }
}

/** Status changes, versions (list, open, save, restore) and activity logs. */
export const createWorkflowRoutes = (options: WorkflowRoutesOptions): Hono<AppEnv> => {
  const { authenticator, workflow, versions, activity, course, users } = options
  const routes = new Hono<AppEnv>()
  const auth = requirePrincipal(authenticator)

  routes.post(
    '/plans/:id/status',
    auth,
    jsonBody,
    zValidator('json', statusBody, refuseInvalidBody),
    async (c) => {
      const { to, message } = c.req.valid('json')
      const plan = await workflow.transition(c.var.principal.user, c.req.param('id'), to, message)
      return c.json<{ plan: PlanSummary }>({ plan })
    },
  )

  routes.get('/plans/:id/versions', auth, (c) =>
    c.json({ versions: versions.list(c.var.principal.user, c.req.param('id')) }),
  )

  routes.post(
    '/plans/:id/versions',
    auth,
    jsonBody,
    zValidator('json', versionBody, refuseInvalidBody),
    async (c) => {
      const { name } = c.req.valid('json')
      return c.json(
        { version: await versions.save(c.var.principal.user, c.req.param('id'), name) },
        201,
      )
    },
  )

  routes.get('/plans/:id/versions/:versionId', auth, async (c) => {
    const { user } = c.var.principal
    const json = await versions.contentJson(user, c.req.param('id'), c.req.param('versionId'))
    return c.body(json, 200, { 'Content-Type': 'application/json' })
  })

  routes.post('/plans/:id/versions/:versionId/restore', auth, async (c) => {
    const version = await versions.restore(
      c.var.principal.user,
      c.req.param('id'),
      c.req.param('versionId'),
    )
    return c.json({ version })
  })

  const toView = (row: ActivityRow): ActivityView => {
    const actor = row.actor_id ? users.find(row.actor_id) : null
    const plan = row.plan_id ? course.findPlan(row.plan_id) : null
    return {
      id: row.id,
      planId: row.plan_id,
      planTitle: plan?.title ?? null,
      kind: row.kind,
      actor: actor ? personRef(actor, course) : null,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
      createdAt: row.created_at,
    }
  }

  routes.get('/plans/:id/activity', auth, (c) => {
    const plan = authorizePlan(course, c.var.principal.user, c.req.param('id'), 'read')
    return c.json({
      activity: activity.list({ ...parseQuery(c.req.query()), planId: plan.id }).map(toView),
    })
  })

  routes.get('/activity', auth, (c) => {
    if (!canManageCourse(c.var.principal.user)) {
      throw new HttpError(403, 'forbidden', 'Only admins may see the course-wide activity')
    }
    return c.json({ activity: activity.list(parseQuery(c.req.query())).map(toView) })
  })

  return routes
}
