import type { CourseSummary, PlanListItem, PlanSummary } from '@coplan/protocol'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import type { MiddlewareHandler } from 'hono'
import { z } from 'zod'
import type { User } from '../accounts/UserStore'
import type { Authenticator } from '../auth/Authenticator'
import { authorizePlan, can } from '../auth/planPolicy'
import { canManageCourse } from '../auth/planRights'
import type { CourseStore } from '../course/CourseStore'
import { createPlan } from '../course/createPlan'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { jsonBody, refuseInvalidBody } from './jsonBody'
import { requirePrincipal } from './requirePrincipal'

const createPlanBody = z.object({
  teamId: z.string().min(1),
  title: z.string().trim().min(1, 'title must not be empty').max(200, 'title is too long'),
})

/** The course and its plans, each person seeing exactly the plans they may read. */
export const createPlanRoutes = (
  authenticator: Authenticator,
  course: CourseStore,
  /** The course dashboard of the person asking. */
  listPlans: (user: User) => PlanListItem[],
): Hono<AppEnv> => {
  const routes = new Hono<AppEnv>()
  // Per route, not `use('*')`: this app is mounted at the API root beside other routes.
  const auth = requirePrincipal(authenticator)

  routes.get('/course', auth, (c) => {
    const { user } = c.var.principal
    const teams = course
      .listTeams()
      .filter((team) => user.role === 'admin' || can(user, 'read', { team }))
    return c.json<CourseSummary>({ name: course.courseName() ?? 'Coplan', teams })
  })

  routes.get('/plans', auth, (c) =>
    c.json<{ plans: PlanListItem[] }>({ plans: listPlans(c.var.principal.user) }),
  )

  // Who may create plans is asked before the body is read.
  const courseManagers: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!canManageCourse(c.var.principal.user)) {
      throw new HttpError(403, 'forbidden', 'Only admins may create plans')
    }
    await next()
  }

  routes.post(
    '/plans',
    auth,
    courseManagers,
    jsonBody,
    zValidator('json', createPlanBody, refuseInvalidBody),
    (c) => {
      const body = c.req.valid('json')
      if (!course.findTeam(body.teamId)) {
        throw new HttpError(400, 'unknown_team', 'There is no team with that id')
      }
      return c.json<{ plan: PlanSummary }>({ plan: createPlan(course, body) }, 201)
    },
  )

  routes.get('/plans/:id', auth, (c) => {
    const { user } = c.var.principal
    const plan = authorizePlan(course, user, c.req.param('id'), 'read')
    return c.json<{ plan: PlanSummary; access: { edit: boolean; comment: boolean } }>({
      plan,
      access: { edit: can(user, 'edit', plan), comment: can(user, 'comment', plan) },
    })
  })

  return routes
}
