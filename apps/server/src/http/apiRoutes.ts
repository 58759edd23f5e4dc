import type { CourseSummary, PlanSummary } from '@coplan/protocol'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import type { CourseStore } from '../course/CourseStore'
import { createPlan } from '../course/createPlan'
import { HttpError } from './HttpError'
import { readJsonBody } from './readJsonBody'

export interface ApiRoutesOptions {
  course: CourseStore
  maxBodyBytes: number
  isReady: () => boolean
}

const createPlanBody = z.object({
  teamId: z.string().min(1),
  title: z.string().trim().min(1, 'title must not be empty').max(200, 'title is too long'),
})

/** The JSON API under `/api`, for the web app and for scripts. */
export const createApiRoutes = ({ course, maxBodyBytes, isReady }: ApiRoutesOptions): Hono => {
  const api = new Hono()

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

  api.get('/health', (c) =>
    isReady() ? c.json({ status: 'ok' }) : c.json({ status: 'unavailable' }, 503),
  )

  api.get('/course', (c) =>
    c.json<CourseSummary>({ name: course.courseName() ?? 'Coplan', teams: course.listTeams() }),
  )

  api.get('/plans', (c) => c.json<{ plans: PlanSummary[] }>({ plans: course.listPlans() }))

  api.post('/plans', async (c) => {
    const body = await readJsonBody(c, createPlanBody)
    if (!course.findTeam(body.teamId)) {
      throw new HttpError(400, 'unknown_team', 'There is no team with that id')
    }
    return c.json<{ plan: PlanSummary }>({ plan: createPlan(course, body) }, 201)
  })

  api.get('/plans/:id', (c) => {
    const plan = course.findPlan(c.req.param('id'))
    if (!plan) throw new HttpError(404, 'plan_not_found', 'There is no plan with that id')
    return c.json<{ plan: PlanSummary }>({ plan })
  })

  api.all('*', () => {
    throw new HttpError(404, 'not_found', 'No such API endpoint')
  })

  return api
}
