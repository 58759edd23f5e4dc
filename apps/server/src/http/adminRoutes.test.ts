import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../course/seedDemoCourse'
import { DEMO } from '../testing/demoAccounts'
import { signIn } from '../testing/signIn'
import { startTestServer } from '../testing/startTestServer'

const setUp = async () => {
  const test = await startTestServer()
  const cookie = await signIn(test.url, DEMO.admin, DEMO_PASSWORD)
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${test.url}${path}`, {
      method,
      headers: { cookie, origin: test.url, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return { ...test, call }
}

describe('people, teams and invitations', () => {
  it('invites a new delegate, who sets a password once through the link and signs in', async () => {
    const { url, call, server } = await setUp()
    const team = (await (
      await call('POST', '/api/admin/teams', { country: 'Kenya', countryCode: 'ke' })
    ).json()) as {
      team: { id: string; countryCode: string }
    }
    expect(team.team.countryCode).toBe('KE')
    const created = await call('POST', '/api/admin/users', {
      email: 'wanjiru@kenya.example',
      name: 'Wanjiru Kamau',
      role: 'delegate',
      teamId: team.team.id,
    })
    expect(created.status).toBe(201)
    const { invitationUrl, user } = (await created.json()) as {
      invitationUrl: string
      user: { hasPassword: boolean }
    }
    expect(user.hasPassword).toBe(false)
    expect(invitationUrl).toMatch(new RegExp(`^${url}/invite/`))
    const secret = invitationUrl.split('/invite/')[1]

    const info = await fetch(`${url}/api/auth/invitations/${secret}`)
    expect(await info.json()).toEqual({ email: 'wanjiru@kenya.example', name: 'Wanjiru Kamau' })
    const accept = (password: string) =>
      fetch(`${url}/api/auth/invitations/${secret}`, {
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/json' },
        body: JSON.stringify({ password }),
      })
    const tooShort = await accept('short')
    expect(tooShort.status).toBe(400)
    expect(((await tooShort.json()) as { error: { message: string } }).error.message).toMatch(
      /at least 10/,
    )
    const accepted = await accept('a long enough password')
    expect(accepted.status).toBe(200)
    expect(accepted.headers.get('set-cookie')).toMatch(/^coplan_session=/)
    expect((await accept('another long password')).status).toBe(404)
    expect(await signIn(url, 'wanjiru@kenya.example', 'a long enough password')).toMatch(
      /^coplan_session=/,
    )
    expect(server.users.findByEmail('wanjiru@kenya.example')?.hasPassword).toBe(true)
  })

  it('resets a password by a new invitation, which ends the old link and sessions', async () => {
    const { url, call, server } = await setUp()
    const ama = server.users.findByEmail(DEMO.ghanaDelegate)
    const session = await signIn(url, DEMO.ghanaDelegate, DEMO_PASSWORD)
    const first = (await (await call('POST', `/api/admin/users/${ama?.id}/invitation`)).json()) as {
      invitationUrl: string
    }
    const second = (await (
      await call('POST', `/api/admin/users/${ama?.id}/invitation`)
    ).json()) as { invitationUrl: string }
    const secretOf = (link: string) => link.split('/invite/')[1]
    expect(
      (await fetch(`${url}/api/auth/invitations/${secretOf(first.invitationUrl)}`)).status,
    ).toBe(404)
    const accepted = await fetch(`${url}/api/auth/invitations/${secretOf(second.invitationUrl)}`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'a brand new password' }),
    })
    expect(accepted.status).toBe(200)
    expect((await fetch(`${url}/api/auth/me`, { headers: { cookie: session } })).status).toBe(401)
  })

  it.each([
    ['an invalid email', { email: 'not-an-email', name: 'X', role: 'mentor' }, 400],
    ['an unknown role', { email: 'x@example.org', name: 'X', role: 'superuser' }, 400],
    ['a delegate without a team', { email: 'x@example.org', name: 'X', role: 'delegate' }, 400],
    [
      'an unknown team',
      { email: 'x@example.org', name: 'X', role: 'delegate', teamId: 'nope' },
      400,
    ],
    ['an email that exists', { email: DEMO.admin, name: 'X', role: 'admin' }, 409],
  ])('refuses a person with %s', async (_, body, status) => {
    const { call, server } = await setUp()
    const before = server.users.count()
    const response = await call('POST', '/api/admin/users', body)
    expect(response.status).toBe(status)
    expect(((await response.json()) as { error: { message: string } }).error.message).toBeTruthy()
    expect(server.users.count()).toBe(before)
  })

  it('does not let an admin lock themselves out', async () => {
    const { call, server } = await setUp()
    const admin = server.users.findByEmail(DEMO.admin)
    expect((await call('PATCH', `/api/admin/users/${admin?.id}`, { active: false })).status).toBe(
      400,
    )
    expect(server.users.findByEmail(DEMO.admin)?.active).toBe(true)
  })
})
