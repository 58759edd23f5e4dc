import { describe, expect, it } from 'vitest'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { startTestServer } from '../testing/startTestServer'

describe('what the websocket endpoint answers besides a plan', () => {
  it('refuses upgrades elsewhere, and plain requests to a plan', async () => {
    const { url, collabUrl, server, tokenFor } = await startTestServer()
    const plan = server.course.listPlans()[0]
    if (!plan) throw new Error('no plan')
    const token = tokenFor(DEMO.admin)
    const ws = url.replace('http', 'ws')
    for (const path of [
      '/collab',
      '/collab/',
      `/api/plans/${plan.id}`,
      `/collab/${plan.id}/more`,
      '/collab/%E0%A4%A',
    ]) {
      expect((await openRawSocket(`${ws}${path}?token=${token}`)).status, path).toBe(404)
    }
    const plain = await fetch(`${url}/collab/${plan.id}?token=${token}`)
    expect(plain.status).toBe(426)
    expect(await plain.json()).toMatchObject({ error: { code: 'upgrade_required' } })
    const accepted = await openRawSocket(`${collabUrl}/${plan.id}?token=${token}`)
    expect(accepted.status).toBe(101)
    accepted.socket?.close()
  })

  it('refuses new connections once the server is shutting down', async () => {
    const { collabUrl, server, tokenFor } = await startTestServer()
    const plan = server.course.listPlans()[0]
    if (!plan) throw new Error('no plan')
    const open = await openRawSocket(`${collabUrl}/${plan.id}?token=${tokenFor(DEMO.admin)}`)
    expect(open.status).toBe(101)
    const closing = server.close()
    const late = await openRawSocket(`${collabUrl}/${plan.id}?token=${tokenFor(DEMO.admin)}`).catch(
      () => ({ status: 0 }),
    )
    // Refused as unavailable, or not even heard once the listener has stopped.
    expect([503, 0]).toContain(late.status)
    await closing
  })
})
