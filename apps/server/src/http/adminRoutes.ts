import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { ROLES } from '@coplan/protocol'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import type { CredentialStore } from '../accounts/CredentialStore'
import type { User, UserStore } from '../accounts/UserStore'
import type { Authenticator } from '../auth/Authenticator'
import { canManageCourse } from '../auth/planRights'
import type { ActivityStore } from '../activity/ActivityStore'
import type { CourseStore } from '../course/CourseStore'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { jsonBody, refuseInvalidBody } from './jsonBody'
import { requirePrincipal } from './requirePrincipal'

export interface AdminRoutesOptions {
  users: UserStore
  credentials: CredentialStore
  authenticator: Authenticator
  course: CourseStore
  /** Where invitation links point: the origin people open Coplan at. */
  publicOrigin: (requestUrl: string) => string
  onAccessChanged: () => void
  activity: ActivityStore
}

const teamsOf = (user: User): string[] => (user.teamId ? [user.teamId] : user.mentorTeamIds)

/** What changed about a person's membership, as a code the UI translates and as English. */
const describeChange = (before: User | null, after: User): { code: string; change: string } => {
  if (!before) return { code: 'joined', change: `joined as ${after.role}` }
  if (before.active && !after.active) return { code: 'deactivated', change: 'was deactivated' }
  if (!before.active && after.active) return { code: 'reactivated', change: 'was reactivated' }
  if (before.role !== after.role) return { code: 'role', change: `became ${after.role}` }
  return { code: 'teams', change: 'changed teams' }
}

const summary = ({ passwordHash: _, demoPassword: __, ...user }: User): UserSummary => user

const newUserBody = z.object({
  email: z.email('email is not a valid address').max(320),
  name: z.string().trim().min(1, 'name must not be empty').max(200),
  role: z.enum(ROLES),
  teamId: z.string().min(1).nullish(),
  mentorTeamIds: z.array(z.string().min(1)).max(100).optional(),
})

const userChangesBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  teamId: z.string().min(1).nullable().optional(),
  mentorTeamIds: z.array(z.string().min(1)).max(100).optional(),
  active: z.boolean().optional(),
})

const newTeamBody = z.object({
  country: z.string().trim().min(1, 'country must not be empty').max(100),
  countryCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'countryCode must be a two-letter ISO 3166 code')
    .transform((code) => code.toUpperCase()),
})

/** Managing people and teams: admins only, refused with 403 for everyone else. */
export const createAdminRoutes = (options: AdminRoutesOptions): Hono<AppEnv> => {
  const { users, credentials, authenticator, course } = options
  const routes = new Hono<AppEnv>()
  routes.use(requirePrincipal(authenticator))
  routes.use(
    createMiddleware<AppEnv>(async (c, next) => {
      if (!canManageCourse(c.var.principal.user)) {
        throw new HttpError(403, 'forbidden', 'Only admins may manage the course')
      }
      await next()
    }),
  )

  const checkTeams = (teamIds: readonly (string | null | undefined)[]): void => {
    for (const teamId of teamIds) {
      if (teamId && !course.findTeam(teamId)) {
        throw new HttpError(400, 'unknown_team', 'There is no team with that id')
      }
    }
  }

  /** Logs a change of who belongs to teams on the activity of each plan it touches. */
  const recordMembership = (actorId: string, before: User | null, after: User): void => {
    const beforeTeams = before ? teamsOf(before) : []
    const afterTeams = teamsOf(after)
    const changed =
      !before ||
      before.active !== after.active ||
      before.role !== after.role ||
      beforeTeams.join() !== afterTeams.join()
    if (!changed) return
    const teams = new Set([...beforeTeams, ...afterTeams])
    for (const plan of course.listPlans().filter((p) => teams.has(p.team.id))) {
      options.activity.record({
        planId: plan.id,
        kind: 'membership',
        actorId,
        detail: {
          personId: after.id,
          person: after.name,
          role: after.role,
          ...describeChange(before, after),
        },
      })
    }
  }

  const findUser = (id: string): User => {
    const user = users.find(id)
    if (!user) throw new HttpError(404, 'user_not_found', 'There is no person with that id')
    return user
  }

  const invitationFor = (userId: string, requestUrl: string) => {
    const { secret, expiresAt } = credentials.createInvitation(userId)
    return { invitationUrl: `${options.publicOrigin(requestUrl)}/invite/${secret}`, expiresAt }
  }

  routes.get('/users', (c) =>
    c.json<{ users: UserSummary[] }>({ users: users.list().map(summary) }),
  )

  routes.post('/users', jsonBody, zValidator('json', newUserBody, refuseInvalidBody), (c) => {
    const body = c.req.valid('json')
    if (body.role === 'delegate' && !body.teamId) {
      throw new HttpError(400, 'team_required', 'A delegate must belong to a team')
    }
    checkTeams([body.teamId, ...(body.mentorTeamIds ?? [])])
    if (users.findByEmail(body.email)) {
      throw new HttpError(409, 'email_taken', 'Someone with that email already exists')
    }
    const user = users.create(body)
    if (body.role === 'mentor') users.setMentorTeams(user.id, body.mentorTeamIds ?? [])
    recordMembership(c.var.principal.user.id, null, findUser(user.id))
    return c.json({ user: summary(findUser(user.id)), ...invitationFor(user.id, c.req.url) }, 201)
  })

  routes.patch(
    '/users/:id',
    // An unknown person is refused before the body is read.
    async (c, next) => {
      findUser(c.req.param('id'))
      await next()
    },
    jsonBody,
    zValidator('json', userChangesBody, refuseInvalidBody),
    (c) => {
      const user = findUser(c.req.param('id'))
      const changes = c.req.valid('json')
      checkTeams([changes.teamId, ...(changes.mentorTeamIds ?? [])])
      const role = changes.role ?? user.role
      if (role === 'delegate' && !(changes.teamId ?? user.teamId)) {
        throw new HttpError(400, 'team_required', 'A delegate must belong to a team')
      }
      if (
        user.id === c.var.principal.user.id &&
        (changes.active === false || (changes.role && changes.role !== 'admin'))
      ) {
        throw new HttpError(400, 'self_demotion', 'Admins cannot deactivate or demote themselves')
      }
      users.update(user.id, changes)
      if (role === 'mentor' && changes.mentorTeamIds)
        users.setMentorTeams(user.id, changes.mentorTeamIds)
      recordMembership(c.var.principal.user.id, user, findUser(user.id))
      options.onAccessChanged()
      return c.json<{ user: UserSummary }>({ user: summary(findUser(user.id)) })
    },
  )

  routes.post('/users/:id/invitation', (c) => {
    const user = findUser(c.req.param('id'))
    if (!user.active) throw new HttpError(400, 'inactive', 'Reactivate the person first')
    return c.json(invitationFor(user.id, c.req.url), 201)
  })

  routes.get('/teams', (c) => c.json<{ teams: TeamSummary[] }>({ teams: course.listTeams() }))

  routes.post('/teams', jsonBody, zValidator('json', newTeamBody, refuseInvalidBody), (c) => {
    const body = c.req.valid('json')
    return c.json<{ team: TeamSummary }>({ team: course.createTeam(body) }, 201)
  })

  return routes
}
