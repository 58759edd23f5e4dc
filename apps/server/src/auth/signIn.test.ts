import { describe, expect, it } from 'vitest'
import type { SignInThrottleRules } from './SignInThrottle'
import { resolveConfig } from '../config'
import { hashPasswordSync } from '../accounts/secrets'
import { DEMO_PASSWORD } from '../course/seedDemoCourse'
import { DEMO } from '../testing/demoAccounts'
import { ManualClock } from '../testing/ManualClock'
import { startTestServer } from '../testing/startTestServer'

/** The default rules, with failures that never wait. */
const unthrottled = (): SignInThrottleRules => {
  const rules = resolveConfig().signInThrottle
  const free = { freeFailures: 1_000_000 }
  return {
    ...rules,
    accountAddress: { ...rules.accountAddress, ...free },
    account: { ...rules.account, ...free },
    address: { ...rules.address, ...free },
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const signInAs = (
  url: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) =>
  fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    // No connection kept for the next request: it may go to a restarted server.
    headers: { 'content-type': 'application/json', origin: url, connection: 'close', ...headers },
    body: JSON.stringify({ email, password }),
  })

/** Milliseconds from sending a sign-in to its full answer. */
const timeSignIn = async (url: string, email: string): Promise<number> => {
  const started = performance.now()
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password: 'not the password' }),
  })
  await response.arrayBuffer()
  expect(response.status).toBe(401)
  return performance.now() - started
}

describe('signing in', () => {
  it('takes as long to refuse an unknown, deactivated or password-less email as a wrong password', async () => {
    // Throttling would answer early; these tries are about the password check alone.
    const { url, server } = await startTestServer({ signInThrottle: unthrottled() })
    const deactivated = server.users.findByEmail(DEMO.peruDelegate)
    server.users.update(deactivated?.id ?? '', { active: false })
    server.users.create({ email: 'invited@ministry.example', name: 'Invited', role: 'mentor' })
    const emails = {
      known: DEMO.ghanaDelegate,
      unknown: 'nobody@ministry.example',
      deactivated: DEMO.peruDelegate,
      withoutPassword: 'invited@ministry.example',
    }
    const times: Record<keyof typeof emails, number[]> = {
      known: [],
      unknown: [],
      deactivated: [],
      withoutPassword: [],
    }
    // Interleaved, so that a busy moment of the machine weighs on every kind alike.
    for (let round = 0; round < 5; round++) {
      for (const kind of Object.keys(emails) as (keyof typeof emails)[]) {
        times[kind].push(await timeSignIn(url, emails[kind]))
      }
    }
    const known = median(times.known)
    for (const kind of ['unknown', 'deactivated', 'withoutPassword'] as const) {
      const ratio = median(times[kind]) / known
      const shown = `${kind}: ${times[kind].map(Math.round).join(', ')} ms, known: ${times.known.map(Math.round).join(', ')} ms`
      expect(ratio, shown).toBeGreaterThan(0.5)
      expect(ratio, shown).toBeLessThan(2)
    }
  })

  it('makes a guesser wait with 429 and Retry-After while a colleague at the same address signs in', async () => {
    const clock = new ManualClock()
    const { url } = await startTestServer({ clock })
    // Three typos are free; the fourth makes the next try wait 2 s, the fifth 4 s.
    for (let i = 0; i < 5; i++) {
      expect((await signInAs(url, DEMO.ghanaDelegate, 'wrong password')).status).toBe(401)
      clock.advance(i === 3 ? 2000 : 0)
    }
    const waiting = await signInAs(url, DEMO.ghanaDelegate, DEMO_PASSWORD)
    expect(waiting.status).toBe(429)
    expect(waiting.headers.get('retry-after')).toBe('4')
    expect(await waiting.json()).toEqual({
      error: {
        code: 'too_many_attempts',
        message:
          'Too many failed sign-ins for this account or from this address. Try again in 4 seconds.',
      },
    })
    expect((await signInAs(url, DEMO.ghanaDelegate2, DEMO_PASSWORD)).status).toBe(200)
    clock.advance(4000)
    expect((await signInAs(url, DEMO.ghanaDelegate, DEMO_PASSWORD)).status).toBe(200)
  })

  it('keeps its counters across a restart', async () => {
    const clock = new ManualClock()
    const first = await startTestServer({ clock })
    for (let i = 0; i < 4; i++) {
      expect((await signInAs(first.url, DEMO.mentorLee, 'wrong password')).status).toBe(401)
    }
    const { url } = await first.restart()
    const waiting = await signInAs(url, DEMO.mentorLee, DEMO_PASSWORD)
    expect(waiting.status).toBe(429)
    expect(waiting.headers.get('retry-after')).toBe('2')
    clock.advance(2000)
    expect((await signInAs(url, DEMO.mentorLee, DEMO_PASSWORD)).status).toBe(200)
  })

  it('behind a proxy on this machine, counts each forwarded client on its own', async () => {
    const { url } = await startTestServer({ clock: new ManualClock() })
    const from = (address: string) => ({ 'x-forwarded-for': address })
    for (let i = 0; i < 4; i++) {
      const wrong = await signInAs(url, DEMO.admin, 'wrong password', from('203.0.113.7'))
      expect(wrong.status).toBe(401)
    }
    expect((await signInAs(url, DEMO.admin, 'wrong password', from('203.0.113.7'))).status).toBe(
      429,
    )
    expect((await signInAs(url, DEMO.admin, DEMO_PASSWORD, from('127.0.0.1'))).status).toBe(200)
  })
})

describe('the demo password', () => {
  const remote = { 'x-forwarded-for': '203.0.113.7' }

  it('signs in on the server’s own machine, and is refused with a clear 403 from any other', async () => {
    const { url } = await startTestServer()
    expect((await signInAs(url, DEMO.admin, DEMO_PASSWORD)).status).toBe(200)
    for (const from of [remote, { forwarded: 'for="[2001:db8::17]:4711"' }]) {
      const refused = await signInAs(url, DEMO.admin, DEMO_PASSWORD, from)
      expect(refused.status).toBe(403)
      expect(refused.headers.get('set-cookie')).toBeNull()
      const { error } = (await refused.json()) as { error: { code: string; message: string } }
      expect(error.code).toBe('demo_password_local_only')
      expect(error.message).toMatch(/^The demo password works only on the server's own machine\./)
      expect(error.message).toMatch(/npm run admin -- invite/)
      expect(error.message).toMatch(/COPLAN_DEMO_REMOTE=1/)
    }
    // A wrong password from there is just wrong.
    expect((await signInAs(url, DEMO.admin, 'wrong password', remote)).status).toBe(401)
  })

  it('signs in from anywhere when the operator says so', async () => {
    const { url } = await startTestServer({ demoPasswordRemote: true })
    expect((await signInAs(url, DEMO.mentorKim, DEMO_PASSWORD, remote)).status).toBe(200)
  })

  it('stops being one once the person sets a password of their own', async () => {
    const { url, server } = await startTestServer()
    const user = server.users.findByEmail(DEMO.uzbekDelegate)
    expect(user?.demoPassword).toBe(true)
    const { secret } = server.credentials.createInvitation(user?.id ?? '')
    const accepted = await fetch(`${url}/api/auth/invitations/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ password: 'a password of my own' }),
    })
    expect(accepted.status).toBe(200)
    expect(server.users.findByEmail(DEMO.uzbekDelegate)?.demoPassword).toBe(false)
    expect(server.users.countWithDemoPassword()).toBe(8)
    const signedIn = await signInAs(url, DEMO.uzbekDelegate, 'a password of my own', remote)
    expect(signedIn.status).toBe(200)
  })

  it('is refused from elsewhere only to a marked account, and only when it is what was typed', async () => {
    const { url, server } = await startTestServer()
    // Someone who chose the demo password for themselves is not marked…
    const chose = server.users.create({
      email: 'chose@ministry.example',
      name: 'C',
      role: 'mentor',
    })
    server.users.setPasswordHash(chose.id, hashPasswordSync(DEMO_PASSWORD))
    expect((await signInAs(url, 'chose@ministry.example', DEMO_PASSWORD, remote)).status).toBe(200)
    // …and a demo account marked before its password changed signs in with the new one.
    const changed = server.users.findByEmail(DEMO.peruDelegate)?.id ?? ''
    server.users.setPasswordHash(changed, hashPasswordSync('changed password'), {
      demoPassword: true,
    })
    expect((await signInAs(url, DEMO.peruDelegate, 'changed password', remote)).status).toBe(200)
  })
})
