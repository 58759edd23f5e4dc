import { CloseCode, MessageType, readPersistedAck } from '@coplan/protocol'
import { PLAN_BODY_FIELD, createPlanSchema, planDocToJSON } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { startTestServer } from '../testing/startTestServer'

const message = (type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

const awarenessOf = (entries: { clientId: number; clock: number; state: string }[]) =>
  message(MessageType.Awareness, (encoder) => {
    const inner = encoding.createEncoder()
    encoding.writeVarUint(inner, entries.length)
    for (const entry of entries) {
      encoding.writeVarUint(inner, entry.clientId)
      encoding.writeVarUint(inner, entry.clock)
      encoding.writeVarString(inner, entry.state)
    }
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  })

const setUp = async (overrides: Parameters<typeof startTestServer>[0] = {}) => {
  const test = await startTestServer(overrides)
  const plan = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('no plan')
  const good = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate))
  const witness = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate2))
  await Promise.all([good.synced, witness.synced])
  const raw = (email: string = DEMO.ghanaDelegate) =>
    openRawSocket(`${test.collabUrl}/${plan.id}?coplan=1&token=${test.tokenFor(email)}`)
  /** The good client can still write and be seen. */
  const stillWorks = async (text: string) => {
    good.appendParagraph(text)
    await vi.waitFor(() => expect(witness.text()).toContain(text))
  }
  return { ...test, plan, good, witness, raw, stillWorks }
}

describe('hostile input on the websocket', () => {
  it('closes a connection that floods messages, and only that one', async () => {
    const { raw, stillWorks } = await setUp({ messagesPerSecond: 50, messageBurst: 100 })
    const flooder = await raw()
    const query = message(MessageType.QueryAwareness, () => {})
    for (let i = 0; i < 500; i++) flooder.socket?.send(query)
    expect(await flooder.closed).toBe(CloseCode.RateLimited)
    await stillWorks('After the flood.')
  })

  it('refuses one connection too many per person', async () => {
    const { raw, stillWorks } = await setUp({ connectionsPerUser: 3 })
    // The good client already holds one of Ama's three.
    const second = await raw()
    const third = await raw()
    const fourth = await raw()
    expect(await fourth.closed).toBe(CloseCode.TooManyConnections)
    expect(second.socket?.readyState).toBe(1)
    expect(third.socket?.readyState).toBe(1)
    third.socket?.close()
    await third.closed
    const again = await raw()
    expect(again.socket?.readyState).toBe(1)
    await stillWorks('Limits are per person.')
  })

  it('refuses an update that writes outside the plan body, storing nothing', async () => {
    const { raw, stillWorks, server, plan } = await setUp()
    const attacker = await raw()
    const evil = new Y.Doc()
    evil.getMap('settings').set('owner', 'attacker')
    attacker.socket?.send(
      message(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(evil))),
    )
    expect(await attacker.closed).toBe(CloseCode.MalformedMessage)
    const room = await server.registry.open(plan.id)
    expect(room.doc.share.has('settings')).toBe(false)
    await stillWorks('The body alone.')
  })

  it.each([
    [
      'a map',
      (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, [new Y.Map()]),
    ],
    [
      'a subdocument',
      (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, [new Y.Doc()]),
    ],
    [
      'loose text',
      (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, ['loose']),
    ],
    [
      'a map in a paragraph',
      (body: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement('paragraph')
        ;(paragraph as unknown as Y.Array<unknown>).insert(0, [new Y.Map()])
        body.insert(0, [paragraph])
      },
    ],
  ])(
    'refuses %s in the plan body, which no editor makes, and the plan stays readable',
    async (_, write) => {
      const { raw, stillWorks, server, plan } = await setUp()
      const attacker = await raw()
      const evil = new Y.Doc()
      write(evil.getXmlFragment('body'))
      attacker.socket?.send(
        message(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(evil))),
      )
      expect(await attacker.closed).toBe(CloseCode.MalformedMessage)
      await stillWorks('Still a plan.')
      // Exports, versions and statistics read the body as ProseMirror JSON.
      const room = await server.registry.open(plan.id)
      expect(JSON.stringify(planDocToJSON(room.doc))).toContain('Still a plan.')
    },
  )

  it.each<[string, (body: Y.XmlFragment) => void]>([
    ['loose text', (body) => (body as unknown as Y.Array<unknown>).insert(1, ['LOOSE TEXT'])],
    ['a text node', (body) => body.insert(1, [new Y.XmlText('LOOSE TEXT')])],
    ['an element the editor lacks', (body) => body.insert(1, [new Y.XmlElement('script')])],
    [
      'a mark the editor lacks',
      (body) => {
        const [text] = body.createTreeWalker((node) => node instanceof Y.XmlText)
        ;(text as Y.XmlText).format(0, 3, { blink: {} })
      },
    ],
  ])(
    'refuses %s placed after what the plan has (the update names no parent), and nobody gets it',
    async (_, write) => {
      const { raw, stillWorks, server, plan, witness } = await setUp()
      const room = await server.registry.open(plan.id)
      const evil = new Y.Doc()
      Y.applyUpdate(evil, Y.encodeStateAsUpdate(room.doc))
      const before = Y.encodeStateVector(evil)
      write(evil.getXmlFragment(PLAN_BODY_FIELD))
      const attacker = await raw()
      attacker.socket?.send(
        message(MessageType.Sync, (e) =>
          syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(evil, before)),
        ),
      )
      expect(await attacker.closed).toBe(CloseCode.MalformedMessage)
      await stillWorks('Still in shape.')
      // The editor's schema takes the plan as everyone has it, the server and the witness.
      for (const doc of [room.doc, witness.doc]) {
        const json = planDocToJSON(doc)
        expect(() => createPlanSchema().nodeFromJSON(json).check()).not.toThrow()
        expect(JSON.stringify(json)).not.toMatch(/LOOSE TEXT|"type":"(script|blink)"/)
      }
    },
  )

  it('refuses awareness that announces a crowd, and ignores claims on someone else’s caret', async () => {
    const { raw, good, witness, stillWorks } = await setUp()
    const crowd = await raw(DEMO.mentorKim)
    crowd.socket?.send(
      awarenessOf(
        Array.from({ length: 100_000 }, (_, i) => ({ clientId: i + 1, clock: 1, state: '{}' })),
      ),
    )
    expect(await crowd.closed).toBe(CloseCode.MalformedMessage)

    good.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await vi.waitFor(() =>
      expect(witness.provider.awareness.getStates().get(good.doc.clientID)).toBeDefined(),
    )
    const impostor = await raw(DEMO.mentorKim)
    impostor.socket?.send(awarenessOf([{ clientId: 999_999, clock: 1, state: '{"cursor":null}' }]))
    impostor.socket?.send(
      awarenessOf([
        { clientId: good.doc.clientID, clock: 999, state: '{"user":{"name":"Hijacked"}}' },
      ]),
    )
    await stillWorks('Carets are safe.')
    const state = witness.provider.awareness.getStates().get(good.doc.clientID)
    expect(state?.user).toMatchObject({ name: 'Ama Owusu' })
    // What the impostor announced for itself leaves with it.
    await vi.waitFor(() => expect(witness.provider.awareness.getStates().has(999_999)).toBe(true))
    impostor.socket?.close()
    await vi.waitFor(() => expect(witness.provider.awareness.getStates().has(999_999)).toBe(false))
  })

  it('acknowledges what it stored to the sender, and nothing to a read-only connection', async () => {
    const { raw } = await setUp()
    const acksOf = (messages: Uint8Array[]) =>
      messages.flatMap((m) => {
        const decoder = decoding.createDecoder(m)
        return decoding.readVarUint(decoder) === MessageType.PersistedAck
          ? [Y.decodeStateVector(readPersistedAck(decoder))]
          : []
      })
    const writer = await raw()
    const doc = new Y.Doc()
    doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
    writer.socket?.send(
      message(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
    )
    await vi.waitFor(() => expect(acksOf(writer.messages)).toHaveLength(1))
    expect(acksOf(writer.messages)[0]?.get(doc.clientID)).toBe(1)

    const reader = await raw(DEMO.mentorKim)
    const other = new Y.Doc()
    other.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
    reader.socket?.send(
      message(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(other))),
    )
    reader.socket?.send(
      message(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc())),
    )
    await vi.waitFor(() => expect(reader.messages.length).toBeGreaterThan(2))
    expect(acksOf(reader.messages)).toEqual([])
  })
})
