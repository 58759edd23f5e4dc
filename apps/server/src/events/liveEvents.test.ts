import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../course/seedDemoCourse'
import { DEMO } from '../testing/demoAccounts'
import { signIn } from '../testing/signIn'
import { openEventStream } from '../testing/openEventStream'
import { startTestServer } from '../testing/startTestServer'

/** A server with streams open for the people a status change of Ghana's plan concerns or not. */
const setUp = async (overrides: Parameters<typeof startTestServer>[0] = {}) => {
  const test = await startTestServer(overrides)
  const ghana = test.server.course.listPlans().find((plan) => plan.team.countryCode === 'GH')
  const peru = test.server.course.listPlans().find((plan) => plan.team.countryCode === 'PE')
  if (!ghana || !peru) throw new Error('The demo course lacks Ghana or Peru')
  const post = (email: string, path: string, body: unknown) =>
    fetch(`${test.url}/api${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${test.tokenFor(email)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    })
  return { ...test, ghana, peru, post }
}

describe('live events, pushed to signed-in tabs', () => {
  it('refuses a tab without a session', async () => {
    const { url } = await setUp()
    const response = await fetch(`${url}/api/events`)
    expect(response.status).toBe(401)
  })

  it('tells the people a status change concerns, and no one else', async () => {
    const { url, tokenFor, ghana, peru, post } = await setUp()
    const kwame = await openEventStream(url, tokenFor(DEMO.ghanaDelegate2))
    const kim = await openEventStream(url, tokenFor(DEMO.mentorKim))
    const admin = await openEventStream(url, tokenFor(DEMO.admin))
    const lucia = await openEventStream(url, tokenFor(DEMO.peruDelegate))
    expect(kwame.status).toBe(200)

    const moved = await post(DEMO.ghanaDelegate, `/plans/${ghana.id}/status`, { to: 'in_review' })
    expect(moved.status).toBe(200)
    const changed = { type: 'plan', planId: ghana.id }
    for (const stream of [kwame, kim]) {
      const first = [await stream.next(0), await stream.next(1)]
      expect(first).toContainEqual({ type: 'notifications' })
      expect(first).toContainEqual(changed)
    }
    // Admins read every plan but are not notified of moves.
    expect(await admin.next(0)).toEqual(changed)

    // Lucia (Peru) hears nothing of Ghana: her first event is about her own plan.
    expect(
      await post(DEMO.peruDelegate, `/plans/${peru.id}/status`, { to: 'in_review' }),
    ).toHaveProperty('status', 200)
    expect(await lucia.next(0)).toEqual({ type: 'plan', planId: peru.id })
    expect(kwame.events).not.toContainEqual({ type: 'plan', planId: peru.id })
    for (const stream of [kwame, kim, admin, lucia]) stream.close()
  })

  it("tells a person's other tabs when notifications were read in one", async () => {
    const { url, tokenFor, post } = await setUp()
    const other = await openEventStream(url, tokenFor(DEMO.mentorKim))
    expect((await post(DEMO.mentorKim, '/notifications/read', {})).status).toBe(200)
    expect(await other.next(0)).toEqual({ type: 'notifications' })
    other.close()
  })

  it('ends the stream when the session ends', async () => {
    const { url } = await setUp()
    const cookie = await signIn(url, DEMO.peruDelegate, DEMO_PASSWORD)
    const stream = await openEventStream(url, { cookie })
    expect(stream.status).toBe(200)
    const signedOut = await fetch(`${url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, origin: url },
    })
    expect(signedOut.status).toBe(200)
    await stream.ended
  })

  it('ends open streams when the server shuts down, without waiting for them', async () => {
    const { url, tokenFor, server } = await setUp()
    const stream = await openEventStream(url, tokenFor(DEMO.admin))
    await server.close()
    await stream.ended
  })

  it('refuses more streams per person than the limit', async () => {
    const { url, tokenFor } = await setUp({ connectionsPerUser: 2 })
    const token = tokenFor(DEMO.peruDelegate)
    const open = [await openEventStream(url, token), await openEventStream(url, token)]
    expect(open.map((stream) => stream.status)).toEqual([200, 200])
    const third = await fetch(`${url}/api/events`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(third.status).toBe(429)
    for (const stream of open) stream.close()
  })
})
