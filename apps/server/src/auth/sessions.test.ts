import { CloseCode, MessageType, readSessionNotice } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import { describe, expect, it, vi } from 'vitest'
import { DEMO_PASSWORD } from '../course/seedDemoCourse'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { signIn } from '../testing/signIn'
import { startTestServer } from '../testing/startTestServer'

const noticesOf = (messages: Uint8Array[]): boolean[] =>
  messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message)
    return decoding.readVarUint(decoder) === MessageType.SessionNotice
      ? [readSessionNotice(decoder).canWrite]
      : []
  })

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie that sign-out ends', async () => {
    const { url } = await startTestServer()
    const response = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: DEMO.mentorKim, password: DEMO_PASSWORD }),
    })
    expect(response.status).toBe(200)
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^coplan_session=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    const cookie = setCookie.split(';')[0] ?? ''
    const me = await fetch(`${url}/api/auth/me`, { headers: { cookie } })
    expect(await me.json()).toMatchObject({
      user: {
        email: DEMO.mentorKim,
        role: 'mentor',
        mentorTeams: [{ countryCode: 'GH' }, { countryCode: 'PE' }],
      },
    })
    await fetch(`${url}/api/auth/sign-out`, { method: 'POST', headers: { cookie, origin: url } })
    expect((await fetch(`${url}/api/auth/me`, { headers: { cookie } })).status).toBe(401)
  })

  it('marks the cookie Secure behind HTTPS', async () => {
    const { url } = await startTestServer()
    const response = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: DEMO.mentorKim, password: DEMO_PASSWORD }),
    })
    expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    const plain = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: DEMO.mentorKim, password: DEMO_PASSWORD }),
    })
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
  })

  it('refuses a wrong password, then throttles the account with a clear message', async () => {
    const { url } = await startTestServer()
    const attempt = (password: string) =>
      fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ email: DEMO.ghanaDelegate, password }),
      })
    for (let i = 0; i < 4; i++) expect((await attempt('wrong password')).status).toBe(401)
    const throttled = await attempt(DEMO_PASSWORD)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await throttled.json()) as { error: { message: string } }
    expect(body.error.message).toMatch(/Too many failed sign-ins/)
  })

  it('refuses a deactivated person and an unknown email alike', async () => {
    const { url, server } = await startTestServer()
    const user = server.users.findByEmail(DEMO.peruDelegate)
    server.users.update(user?.id ?? '', { active: false })
    await expect(signIn(url, DEMO.peruDelegate, DEMO_PASSWORD)).rejects.toThrow(/401/)
    await expect(signIn(url, 'nobody@example.org', DEMO_PASSWORD)).rejects.toThrow(/401/)
  })
})

describe('requests from other sites', () => {
  it('refuses a cross-origin state-changing request and websocket upgrade', async () => {
    const { url, collabUrl, server } = await startTestServer()
    const cookie = await signIn(url, DEMO.admin, DEMO_PASSWORD)
    const teamsBefore = server.course.listTeams().length
    const forged = await fetch(`${url}/api/admin/teams`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ country: 'Kenya', countryCode: 'KE' }),
    })
    expect(forged.status).toBe(403)
    expect(server.course.listTeams()).toHaveLength(teamsBefore)
    const sameSite = await fetch(`${url}/api/admin/teams`, {
      method: 'POST',
      headers: { cookie, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ country: 'Kenya', countryCode: 'KE' }),
    })
    expect(sameSite.status).toBe(201)

    const planId = server.course.listPlans()[0]?.id ?? ''
    const evil = await openRawSocket(`${collabUrl}/${planId}`, {
      cookie,
      origin: 'https://evil.example',
    })
    expect(evil.status).toBe(403)
    const own = await openRawSocket(`${collabUrl}/${planId}`, { cookie, origin: url })
    expect(own.status).toBe(101)
  })
})

describe('identity in the editor', () => {
  it('replaces a forged awareness identity with the authenticated one', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    const forger = connectClient(collabUrl, plan?.id ?? '', tokenFor(DEMO.mentorKim))
    const watcher = connectClient(collabUrl, plan?.id ?? '', tokenFor(DEMO.ghanaDelegate))
    await Promise.all([forger.synced, watcher.synced])
    forger.provider.awareness.setLocalStateField('user', { name: 'Park Ji-woo', role: 'admin' })
    await vi.waitFor(() => {
      const state = watcher.provider.awareness.getStates().get(forger.doc.clientID)
      expect(state?.user).toMatchObject({ name: 'Kim Min-jun', role: 'mentor' })
    })
  })
})

describe('rights that change while connected', () => {
  it('closes the connection of a person an admin deactivates', async () => {
    const { server, url, collabUrl, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    const victim = await openRawSocket(`${collabUrl}/${plan?.id}`, {
      authorization: `Bearer ${tokenFor(DEMO.ghanaDelegate)}`,
    })
    const adminCookie = await signIn(url, DEMO.admin, DEMO_PASSWORD)
    const userId = server.users.findByEmail(DEMO.ghanaDelegate)?.id
    const response = await fetch(`${url}/api/admin/users/${userId}`, {
      method: 'PATCH',
      headers: { cookie: adminCookie, origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ active: false }),
    })
    expect(response.status).toBe(200)
    expect(await victim.closed).toBe(CloseCode.Unauthenticated)
  })

  it('downgrades a delegate who becomes the team’s mentor, and closes one moved away', async () => {
    const { server, url, collabUrl, tokenFor } = await startTestServer()
    const ghana = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    const peru = server.course.listTeams().find((t) => t.countryCode === 'PE')
    const ghanaTeamId = ghana?.team.id ?? ''
    const adminCookie = await signIn(url, DEMO.admin, DEMO_PASSWORD)
    const patch = (email: string, body: object) =>
      fetch(`${url}/api/admin/users/${server.users.findByEmail(email)?.id}`, {
        method: 'PATCH',
        headers: { cookie: adminCookie, origin: url, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })

    const ama = await openRawSocket(
      `${collabUrl}/${ghana?.id}?coplan=1&token=${tokenFor(DEMO.ghanaDelegate)}`,
    )
    expect(
      (await patch(DEMO.ghanaDelegate, { role: 'mentor', mentorTeamIds: [ghanaTeamId] })).status,
    ).toBe(200)
    // Told it may write on joining, then downgraded.
    await vi.waitFor(() => expect(noticesOf(ama.messages)).toEqual([true, false]))

    const kwame = await openRawSocket(
      `${collabUrl}/${ghana?.id}?coplan=1&token=${tokenFor(DEMO.ghanaDelegate2)}`,
    )
    expect((await patch(DEMO.ghanaDelegate2, { teamId: peru?.id })).status).toBe(200)
    expect(await kwame.closed).toBe(CloseCode.Forbidden)
  })

  it('closes a connection whose session expired', async () => {
    const { server, url, collabUrl } = await startTestServer({
      sessionIdleMs: 300,
      accessRecheckMs: 100,
      accessPollMs: 50,
    })
    const cookie = await signIn(url, DEMO.admin, DEMO_PASSWORD)
    const planId = server.course.listPlans()[0]?.id
    const socket = await openRawSocket(`${collabUrl}/${planId}`, { cookie, origin: url })
    expect(socket.status).toBe(101)
    expect(await socket.closed).toBe(CloseCode.Unauthenticated)
    expect((await fetch(`${url}/api/plans`, { headers: { cookie } })).status).toBe(401)
  })
})
