import type { ApiErrorBody, CourseSummary, PlanSummary } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T

const as = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    ...init.headers,
  },
})

describe('the JSON API', () => {
  it('answers health once the database is open', async () => {
    const { url } = await startTestServer()
    const response = await fetch(`${url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('lists the demo course, its teams and their plans', async () => {
    const { url, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const course = await json<CourseSummary>(await fetch(`${url}/api/course`, as(token)))
    expect(course.name).toBe('Digital Government Policy Manager Course')
    expect(course.teams.map((team) => team.countryCode).sort()).toEqual(['GH', 'PE', 'UZ'])
    const { plans } = await json<{ plans: PlanSummary[] }>(
      await fetch(`${url}/api/plans`, as(token)),
    )
    expect(plans).toHaveLength(3)
    expect(plans[0]).toMatchObject({ id: expect.any(String), title: expect.any(String) })
  })

  it('starts without demo data when told so', async () => {
    const { url, server } = await startTestServer({ demo: false })
    expect(server.users.count()).toBe(0)
    const admin = server.users.create({ email: 'ops@example.org', name: 'Ops', role: 'admin' })
    const token = server.credentials.createAccessToken(admin.id, 'test').token
    const { plans } = await json<{ plans: PlanSummary[] }>(
      await fetch(`${url}/api/plans`, as(token)),
    )
    expect(plans).toEqual([])
  })

  it('creates a plan from the template and serves its metadata', async () => {
    const { url, collabUrl, server, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const teamId = server.course.listTeams()[0]?.id
    const response = await fetch(
      `${url}/api/plans`,
      as(token, {
        method: 'POST',
        body: JSON.stringify({ teamId, title: '  Digital ID roadmap  ' }),
      }),
    )
    expect(response.status).toBe(201)
    const { plan } = await json<{ plan: PlanSummary }>(response)
    expect(plan.title).toBe('Digital ID roadmap')
    expect(plan.team.id).toBe(teamId)
    const fetched = await json<{ plan: PlanSummary }>(
      await fetch(`${url}/api/plans/${plan.id}`, as(token)),
    )
    expect(fetched.plan).toEqual(plan)

    const client = connectClient(collabUrl, plan.id, token)
    await client.synced
    expect(client.text().split('\n')[0]).toBe('Digital ID roadmap')
    expect(client.text()).toContain('Implementation plan and timeline')
  })

  it('marks a plan as edited when its document changes', async () => {
    const { url, collabUrl, server, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const before = server.course.listPlans()[0]
    if (!before) throw new Error('no plan')
    const client = connectClient(collabUrl, before.id, token)
    await client.synced
    client.appendParagraph('An edit.')
    await expect
      .poll(() => server.course.findPlan(before.id)?.lastEditedAt)
      .not.toBe(before.lastEditedAt)
    const { plans } = await json<{ plans: PlanSummary[] }>(
      await fetch(`${url}/api/plans`, as(token)),
    )
    expect(plans[0]?.id).toBe(before.id)
  })

  it.each([
    ['not JSON', '{', 400, 'invalid_json'],
    ['no title', JSON.stringify({ teamId: 'x' }), 400, 'invalid_body'],
    ['an empty title', JSON.stringify({ teamId: 'x', title: '   ' }), 400, 'invalid_body'],
    ['an unknown team', JSON.stringify({ teamId: 'nope', title: 'A plan' }), 400, 'unknown_team'],
    [
      'a huge body',
      JSON.stringify({ teamId: 'x', title: 'x'.repeat(2_000_000) }),
      413,
      'body_too_large',
    ],
  ])(
    'refuses a new plan with %s, clearly and without creating anything',
    async (_, body, status, code) => {
      const { url, server, tokenFor } = await startTestServer()
      const token = tokenFor(DEMO.admin)
      const response = await fetch(`${url}/api/plans`, as(token, { method: 'POST', body }))
      expect(response.status).toBe(status)
      const error = await json<ApiErrorBody>(response)
      expect(error.error.code).toBe(code)
      expect(error.error.message).not.toMatch(/at .*\.ts/)
      expect(server.course.listPlans()).toHaveLength(3)
    },
  )

  it('answers unknown plans and endpoints with JSON 404s', async () => {
    const { url, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const plan = await fetch(`${url}/api/plans/does-not-exist`, as(token))
    expect(plan.status).toBe(404)
    expect((await json<ApiErrorBody>(plan)).error.code).toBe('plan_not_found')
    const endpoint = await fetch(`${url}/api/nothing-here`, as(token))
    expect(endpoint.status).toBe(404)
    expect((await json<ApiErrorBody>(endpoint)).error.code).toBe('not_found')
  })
})
