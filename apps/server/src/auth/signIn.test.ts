import { describe, expect, it } from 'vitest'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

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
    const { url, server } = await startTestServer({
      signInThrottle: { maxFailures: 1000, windowMs: 60_000, lockMs: 60_000 },
    })
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
})
