import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'
import type { UserSummary } from '@coplan/protocol'
import { DEMO_PASSWORD } from '../../../apps/server/src/course/seedDemoCourse'

/**
 * API calls from a browser context's `request`, which shares the context's cookies. The server
 * refuses state-changing requests whose `Origin` is not its own, and Playwright sends none by
 * itself, so every POST and PATCH names the app's origin as a page of the app would.
 */
const sameOrigin = (baseURL: string) => ({ origin: baseURL })

/** Signs in as a demo person; the session cookie lands in the request's browser context. */
export const signInThroughApi = async (
  request: APIRequestContext,
  baseURL: string,
  email: string,
  password: string = DEMO_PASSWORD,
): Promise<void> => {
  const response = await request.post('/api/auth/sign-in', {
    headers: sameOrigin(baseURL),
    data: { email, password },
  })
  expect(response.status(), `sign-in as ${email}`).toBe(200)
}

/** As an admin: a person's id by email. */
export const userIdOf = async (request: APIRequestContext, email: string): Promise<string> => {
  const response = await request.get('/api/admin/users')
  expect(response.status()).toBe(200)
  const { users } = (await response.json()) as { users: UserSummary[] }
  const user = users.find((entry) => entry.email === email)
  if (!user) throw new Error(`No person with email ${email}`)
  return user.id
}

/** As an admin: changes a person (role, teams, `active`), as the admin console does. */
export const updateUserThroughApi = async (
  request: APIRequestContext,
  baseURL: string,
  userId: string,
  changes: Record<string, unknown>,
): Promise<void> => {
  const response = await request.patch(`/api/admin/users/${encodeURIComponent(userId)}`, {
    headers: sameOrigin(baseURL),
    data: changes,
  })
  expect(response.status()).toBe(200)
}

/** As an admin: a team's id by its country code. */
export const teamIdOf = async (
  request: APIRequestContext,
  countryCode: string,
): Promise<string> => {
  const response = await request.get('/api/admin/teams')
  expect(response.status()).toBe(200)
  const { teams } = (await response.json()) as { teams: { id: string; countryCode: string }[] }
  const team = teams.find((entry) => entry.countryCode === countryCode)
  if (!team) throw new Error(`No team ${countryCode}`)
  return team.id
}
