import { CloseCode, MessageType } from '@coplan/protocol'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { connectClient } from './testing/connectClient'
import { DEMO } from './testing/demoAccounts'
import { startTestServer } from './testing/startTestServer'

const firstPlanId = (server: { course: { listPlans(): { id: string }[] } }): string => {
  const plan = server.course.listPlans()[0]
  if (!plan) throw new Error('the demo course has no plan')
  return plan.id
}

const openRawSocket = async (url: string): Promise<WebSocket> => {
  const socket = new WebSocket(url)
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  return socket
}

const closeCodeOf = (socket: WebSocket): Promise<number> =>
  new Promise((resolve) => socket.once('close', (code) => resolve(code)))

describe('real-time collaboration through the stock y-websocket provider', () => {
  it('serves a new plan with the template and lets two clients converge', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const alice = connectClient(collabUrl, planId, token)
    const bob = connectClient(collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])
    expect(alice.text()).toContain('Korean reference cases')

    alice.appendParagraph('Alice writes the background.')
    bob.appendParagraph('Bob drafts the budget.')
    await vi.waitFor(() => {
      expect(alice.text()).toContain('Bob drafts the budget.')
      expect(bob.text()).toContain('Alice writes the background.')
    })
    expect(alice.text()).toBe(bob.text())
  })

  it('gives a client that joins later the full state', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const alice = connectClient(collabUrl, planId, token)
    await alice.synced
    for (let i = 0; i < 20; i++) alice.appendParagraph(`Line ${i}`)
    const bob = connectClient(collabUrl, planId, token)
    await vi.waitFor(() => expect(bob.text()).toContain('Line 19'))
    const carol = connectClient(collabUrl, planId, token)
    await carol.synced
    expect(carol.text()).toBe(alice.text())
  })

  it('keeps the plan across a server restart', async () => {
    const first = await startTestServer()
    const token = first.tokenFor(DEMO.admin)
    const planId = firstPlanId(first.server)
    const alice = connectClient(first.collabUrl, planId, token)
    const bob = connectClient(first.collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])
    alice.appendParagraph('Stored before the restart.')
    await vi.waitFor(() => expect(bob.text()).toContain('Stored before the restart.'))
    alice.provider.destroy()
    bob.provider.destroy()

    const second = await first.restart()
    const carol = connectClient(second.collabUrl, planId, token)
    await carol.synced
    expect(carol.text()).toContain('Stored before the restart.')
  })

  it('loads a plan once when many clients connect at the same moment', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const clients = Array.from({ length: 12 }, () => connectClient(collabUrl, planId, token))
    await Promise.all(clients.map((client) => client.synced))
    expect(server.registry.loadedCount).toBe(1)
    const rooms = await Promise.all(clients.map(() => server.registry.open(planId)))
    expect(new Set(rooms).size).toBe(1)
    expect(rooms[0]?.connectionCount).toBe(12)
  })

  it('keeps a crowd of stock providers connected, though each re-sends everyone’s caret', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const crowd = Array.from({ length: 12 }, () => connectClient(collabUrl, planId, token))
    await Promise.all(crowd.map((client) => client.synced))
    const closes: number[] = []
    for (const client of crowd) {
      client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0))
    }
    crowd.forEach((client, i) => client.provider.awareness.setLocalStateField('cursor', { i }))
    // Every provider hears the eleven others and re-sends all twelve states at each change.
    await vi.waitFor(() => {
      for (const client of crowd) expect(client.provider.awareness.getStates().size).toBe(12)
    })
    crowd[0]?.provider.awareness.setLocalStateField('cursor', { i: 'moved' })
    await vi.waitFor(() =>
      expect(
        crowd[11]?.provider.awareness.getStates().get(crowd[0]?.doc.clientID ?? 0),
      ).toMatchObject({ cursor: { i: 'moved' } }),
    )
    expect(closes).toEqual([])
    const room = await server.registry.open(planId)
    expect(room.connectionCount).toBe(12)
    expect(room.presentCount).toBe(12)
  })

  it('unloads a plan once its last client has gone, and loads it again intact', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer({ idleUnloadMs: 50 })
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const alice = connectClient(collabUrl, planId, token)
    await alice.synced
    alice.appendParagraph('Before unloading.')
    await vi.waitFor(() => expect(server.registry.loadedCount).toBe(1))
    alice.provider.destroy()
    await vi.waitFor(() => expect(server.registry.loadedCount).toBe(0))
    const bob = connectClient(collabUrl, planId, token)
    await bob.synced
    expect(bob.text()).toContain('Before unloading.')
  })
})

describe('bad input on the websocket', () => {
  it('closes only the connection that sent a malformed message', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const alice = connectClient(collabUrl, planId, token)
    const bob = connectClient(collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])

    const cases: Uint8Array[] = [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
      new Uint8Array([77]), // unknown message type
      new Uint8Array([MessageType.Sync, 9]), // unknown sync message type
      new Uint8Array([MessageType.Awareness, 200, 1]), // length prefix beyond the message
      (() => {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.Awareness)
        encoding.writeVarString(encoder, '\u0001\u0001\u0001{not json')
        return encoding.toUint8Array(encoder)
      })(),
    ]
    for (const bytes of cases) {
      const attacker = await openRawSocket(`${collabUrl}/${planId}?token=${token}`)
      const closed = closeCodeOf(attacker)
      attacker.send(bytes)
      expect(await closed).toBe(CloseCode.MalformedMessage)
    }
    const texter = await openRawSocket(`${collabUrl}/${planId}?token=${token}`)
    const textClosed = closeCodeOf(texter)
    texter.send('a text frame')
    expect(await textClosed).toBe(CloseCode.MalformedMessage)

    alice.appendParagraph('Still working after the attack.')
    await vi.waitFor(() => expect(bob.text()).toContain('Still working after the attack.'))
    expect(alice.provider.wsconnected && bob.provider.wsconnected).toBe(true)
  })

  it('refuses the upgrade for a plan that does not exist', async () => {
    const { collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const socket = new WebSocket(`${collabUrl}/no-such-plan?token=${token}`)
    const status = await new Promise<number>((resolve) =>
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    )
    expect(status).toBe(404)
  })

  it('closes an oversized message with 1009 and keeps others connected', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer({ maxMessageBytes: 1024 })
    const token = tokenFor(DEMO.admin)
    const planId = firstPlanId(server)
    const alice = connectClient(collabUrl, planId, token)
    await alice.synced
    const attacker = await openRawSocket(`${collabUrl}/${planId}?token=${token}`)
    const closed = closeCodeOf(attacker)
    attacker.send(new Uint8Array(4096))
    expect(await closed).toBe(1009)
    const bob = connectClient(collabUrl, planId, token)
    await bob.synced
    expect(bob.text()).toBe(alice.text())
  })
})
