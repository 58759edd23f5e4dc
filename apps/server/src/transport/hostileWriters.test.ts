import { CloseCode, MessageType, readPersistedAck } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { ServerConfig } from '../config'
import type { TestClient } from '../testing/connectClient'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { recordingConnection } from '../testing/recordingConnection'
import { startTestServer } from '../testing/startTestServer'
import { syncUpdate } from '../testing/syncUpdate'
import { frame } from '../testing/frame'

const awareness = (clientId: number, clock: number, state: unknown): Uint8Array => {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, clock)
  encoding.writeVarString(inner, JSON.stringify(state))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  return encoding.toUint8Array(encoder)
}

/** Every state vector a client was told is stored, newest last. */
const acksTo = (client: TestClient): Map<number, number>[] => {
  const acks: Map<number, number>[] = []
  client.provider.messageHandlers[MessageType.PersistedAck] = (_encoder, decoder) => {
    acks.push(Y.decodeStateVector(readPersistedAck(decoder)))
  }
  return acks
}

const paragraph = (text: string): Y.XmlElement => {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/** The sync messages of one kind among what a raw socket received. */
const syncOfType = (messages: Uint8Array[], kind: number): Uint8Array[] =>
  messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return []
    return decoding.readVarUint(decoder) === kind ? [decoding.readVarUint8Array(decoder)] : []
  })

const setUp = async (overrides: Partial<ServerConfig> = {}) => {
  const test = await startTestServer(overrides)
  const plan = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('no Ghana plan')
  const ama = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate))
  const kwame = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate2))
  await Promise.all([ama.synced, kwame.synced])
  /** A socket of `email` sending bytes by hand, asking for Coplan's messages as the web app does. */
  const raw = (email: string = DEMO.ghanaDelegate2) =>
    openRawSocket(`${test.collabUrl}/${plan.id}?coplan=1&token=${test.tokenFor(email)}`)
  /** A doc holding what the server holds now, to build crafted updates on. */
  const copyOfPlan = async (): Promise<Y.Doc> => {
    const room = await test.server.registry.open(plan.id)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
    return doc
  }
  /** Ama can still write, Kwame sees it, and the server tells Ama it is stored. */
  const stillWorks = async (text: string) => {
    const acks = acksTo(ama)
    ama.appendParagraph(text)
    await vi.waitFor(() => expect(kwame.text()).toContain(text))
    const own = Y.getState(ama.doc.store, ama.doc.clientID)
    await vi.waitFor(() => expect(acks.at(-1)?.get(ama.doc.clientID)).toBe(own))
  }
  return { ...test, plan, ama, kwame, raw, copyOfPlan, stillWorks }
}

describe('a writer who takes a teammate’s client id', () => {
  it('is refused and closed, and the teammate’s next edit is stored, relayed and acknowledged', async () => {
    const { ama, raw, copyOfPlan, server, plan, stillWorks } = await setUp()
    const evil = await copyOfPlan()
    // Kwame writes at Ama's next clocks under her client id (he sees it in her presence).
    evil.clientID = ama.doc.clientID
    const before = Y.encodeStateVector(evil)
    evil.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Written in Ama’s name.')])
    const kwame = await raw()
    kwame.socket?.send(syncUpdate(Y.encodeStateAsUpdate(evil, before)))
    expect(await kwame.closed).toBe(CloseCode.ClientIdTaken)
    // Ama's own next edit takes those clocks: it must not be taken for the impostor's.
    await stillWorks('Ama’s real edit.')
    const room = await server.registry.open(plan.id)
    const text = JSON.stringify(room.doc.getXmlFragment(PLAN_BODY_FIELD).toJSON())
    expect(text).toContain('Ama’s real edit.')
    expect(text).not.toContain('Written in Ama’s name.')
  })

  it('cannot take an id after a restart either: the binding is stored with the plan', async () => {
    const test = await setUp()
    const { ama } = test
    ama.appendParagraph('Before the restart.')
    await vi.waitFor(() => expect(test.kwame.text()).toContain('Before the restart.'))
    const again = await test.restart()
    const plan = again.server.course.findPlan(test.plan.id)
    if (!plan) throw new Error('no plan')
    const room = await again.server.registry.open(plan.id)
    const evil = new Y.Doc()
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(room.doc))
    evil.clientID = ama.doc.clientID
    const before = Y.encodeStateVector(evil)
    evil.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Impostor.')])
    const kwame = await openRawSocket(
      `${again.collabUrl}/${plan.id}?coplan=1&token=${again.tokenFor(DEMO.ghanaDelegate2)}`,
    )
    kwame.socket?.send(syncUpdate(Y.encodeStateAsUpdate(evil, before)))
    expect(await kwame.closed).toBe(CloseCode.ClientIdTaken)
  })

  it('may still pass on a teammate’s content the server already has, as device copies do', async () => {
    const { ama, kwame, raw, copyOfPlan, stillWorks } = await setUp()
    ama.appendParagraph('Ama wrote this.')
    await vi.waitFor(() => expect(kwame.text()).toContain('Ama wrote this.'))
    const copy = await copyOfPlan()
    const resender = await raw()
    // Everything the plan has, Ama's part included: nothing new, so nothing to refuse.
    resender.socket?.send(syncUpdate(Y.encodeStateAsUpdate(copy)))
    resender.socket?.send(
      frame(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep1(encoder, copy)),
    )
    await vi.waitFor(() =>
      expect(syncOfType(resender.messages, syncProtocol.messageYjsSyncStep2).length).toBe(1),
    )
    expect(resender.socket?.readyState).toBe(1)
    await stillWorks('Nothing was refused.')
  })

  it('leaves a teammate’s unsent part out of a handshake’s answer and keeps the rest', async () => {
    const { ama, raw, copyOfPlan, server, plan, stillWorks } = await setUp()
    const base = await copyOfPlan()
    const theirs = new Y.Doc()
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(base))
    theirs.clientID = ama.doc.clientID
    theirs.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Under Ama’s id.')])
    const mine = new Y.Doc()
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(base))
    mine.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Kwame’s own.')])
    const answer = Y.mergeUpdates([
      Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(base)),
      Y.encodeStateAsUpdate(mine, Y.encodeStateVector(base)),
    ])
    const kwame = await raw()
    kwame.socket?.send(
      frame(MessageType.Sync, (encoder) => {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
        encoding.writeVarUint8Array(encoder, answer)
      }),
    )
    await stillWorks('After the answer.')
    const room = await server.registry.open(plan.id)
    const text = JSON.stringify(room.doc.getXmlFragment(PLAN_BODY_FIELD).toJSON())
    expect(text).toContain('Kwame’s own.')
    expect(text).not.toContain('Under Ama’s id.')
    expect(kwame.socket?.readyState).toBe(1)
  })
})

describe('presence', () => {
  it('cannot be taken over while its person reconnects, and comes back with them', async () => {
    const { ama, kwame, raw } = await setUp()
    const id = ama.doc.clientID
    ama.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await vi.waitFor(() =>
      expect(kwame.provider.awareness.getStates().get(id)?.user).toMatchObject({
        name: 'Ama Owusu',
      }),
    )
    ama.provider.disconnect()
    await vi.waitFor(() => expect(kwame.provider.awareness.getStates().has(id)).toBe(false))
    const intruder = await raw(DEMO.mentorKim)
    intruder.socket?.send(awareness(id, 1_000, { cursor: { anchor: 5 } }))
    intruder.socket?.send(awareness(424_242, 1, { cursor: null }))
    // The intruder's own presence arrives; nothing under Ama's id does.
    await vi.waitFor(() => expect(kwame.provider.awareness.getStates().has(424_242)).toBe(true))
    expect(kwame.provider.awareness.getStates().has(id)).toBe(false)
    ama.provider.connect()
    await vi.waitFor(() =>
      expect(kwame.provider.awareness.getStates().get(id)?.user).toMatchObject({
        name: 'Ama Owusu',
      }),
    )
  })

  it('moves to the person’s new connection, and the old one’s closing takes nothing away', async () => {
    const { ama, kwame, raw } = await setUp()
    const id = ama.doc.clientID
    ama.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await vi.waitFor(() => expect(kwame.provider.awareness.getStates().has(id)).toBe(true))
    // Ama's tab reconnects before the server noticed the old socket drop.
    const again = await raw(DEMO.ghanaDelegate)
    again.socket?.send(awareness(id, 1_000, { cursor: { anchor: 2 } }))
    await vi.waitFor(() =>
      expect(kwame.provider.awareness.getStates().get(id)?.cursor).toEqual({ anchor: 2 }),
    )
    ama.provider.destroy()
    // Kwame's provider would drop a state only on a removal the server relayed.
    again.socket?.send(awareness(id, 1_001, { cursor: { anchor: 3 } }))
    await vi.waitFor(() =>
      expect(kwame.provider.awareness.getStates().get(id)?.cursor).toEqual({ anchor: 3 }),
    )
    expect(kwame.provider.awareness.getStates().get(id)?.user).toMatchObject({
      name: 'Ama Owusu',
    })
  })
})

describe('updates that build on changes never sent', () => {
  /** Two updates of a copy of the plan: the first is never sent, the second builds on it. */
  const gapped = async (copyOfPlan: () => Promise<Y.Doc>) => {
    const doc = await copyOfPlan()
    const start = Y.encodeStateVector(doc)
    doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Never sent.')])
    const middle = Y.encodeStateVector(doc)
    doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Builds on the unsent.')])
    return {
      doc,
      start,
      first: Y.encodeStateAsUpdate(doc, start),
      second: Y.encodeStateAsUpdate(doc, middle),
    }
  }

  it('never make the plan impossible to open, however it is stored and reloaded', async () => {
    const test = await setUp()
    const { second } = await gapped(test.copyOfPlan)
    const writer = await test.raw()
    writer.socket?.send(syncUpdate(second))
    // Asked for what the server lacks; it never answers.
    await vi.waitFor(() =>
      expect(syncOfType(writer.messages, syncProtocol.messageYjsSyncStep1).length).toBe(2),
    )
    await test.stillWorks('Beside the gap.')
    // Its sender gone, nobody could fill the gap: what waited for it is not kept in memory.
    const room = await test.server.registry.open(test.plan.id)
    expect(room.doc.store.pendingStructs).not.toBe(null)
    writer.socket?.close()
    await writer.closed
    await vi.waitFor(() => expect(room.doc.store.pendingStructs).toBe(null))
    // A restart stores every plan compacted: what waits for the gap must not be in it.
    const again = await test.restart()
    const reader = connectClient(again.collabUrl, test.plan.id, again.tokenFor(DEMO.mentorKim))
    await reader.synced
    expect(reader.text()).toContain('Beside the gap.')
    expect(reader.text()).not.toContain('Builds on the unsent.')
  })

  it('are filled from the sender when it can, and acknowledged only once stored', async () => {
    const { raw, copyOfPlan, kwame, server, plan } = await setUp()
    const { doc, first, second } = await gapped(copyOfPlan)
    const writer = await raw()
    const acks = () =>
      writer.messages.flatMap((message) => {
        const decoder = decoding.createDecoder(message)
        return decoding.readVarUint(decoder) === MessageType.PersistedAck
          ? [Y.decodeStateVector(readPersistedAck(decoder))]
          : []
      })
    writer.socket?.send(syncUpdate(second))
    await vi.waitFor(() =>
      expect(syncOfType(writer.messages, syncProtocol.messageYjsSyncStep1).length).toBe(2),
    )
    const own = Y.getState(doc.store, doc.clientID)
    // Nothing of the held-aside update is said to be stored.
    expect(acks().every((ack) => (ack.get(doc.clientID) ?? 0) < own)).toBe(true)
    const [request] = syncOfType(writer.messages, syncProtocol.messageYjsSyncStep1).slice(-1)
    writer.socket?.send(
      frame(MessageType.Sync, (encoder) => {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
        encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, request))
      }),
    )
    await vi.waitFor(() => expect(kwame.text()).toContain('Builds on the unsent.'))
    expect(kwame.text()).toContain('Never sent.')
    await vi.waitFor(() => expect(acks().at(-1)?.get(doc.clientID)).toBe(own))
    expect(first.byteLength).toBeGreaterThan(0)
    const room = await server.registry.open(plan.id)
    expect(room.doc.store.pendingStructs).toBe(null)
  })

  it('are dropped, and their sender closed, when its answer does not fill the gap', async () => {
    const { raw, copyOfPlan, kwame, server, plan, stillWorks } = await setUp()
    const { second } = await gapped(copyOfPlan)
    const writer = await raw()
    writer.socket?.send(syncUpdate(second))
    await vi.waitFor(() =>
      expect(syncOfType(writer.messages, syncProtocol.messageYjsSyncStep1).length).toBe(2),
    )
    writer.socket?.send(
      frame(MessageType.Sync, (encoder) => {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
        encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(new Y.Doc()))
      }),
    )
    expect(await writer.closed).toBe(CloseCode.MissingDependency)
    const room = await server.registry.open(plan.id)
    expect(room.doc.store.pendingStructs).toBe(null)
    await stillWorks('After the dropped gap.')
    expect(kwame.text()).not.toContain('Builds on the unsent.')
  })

  it('are blamed on their sender only, not on someone who wrote in the same turn', async () => {
    const { copyOfPlan, server, plan, kwame } = await setUp()
    const room = await server.registry.open(plan.id)
    const users = server.users.list()
    const gapper = recordingConnection('gapper', users[1]?.id ?? 'b')
    const honest = recordingConnection('honest', users[2]?.id ?? 'c')
    room.join(gapper.connection)
    room.join(honest.connection)
    const { second } = await gapped(copyOfPlan)
    const mine = await copyOfPlan()
    const before = Y.encodeStateVector(mine)
    mine.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Honest, in the same turn.')])
    // Both arrive within one turn of the event loop.
    room.receive(gapper.connection, syncUpdate(second))
    room.receive(honest.connection, syncUpdate(Y.encodeStateAsUpdate(mine, before)))
    await vi.waitFor(() => expect(kwame.text()).toContain('Honest, in the same turn.'))
    const asked = (of: typeof gapper) =>
      syncOfType(of.received, syncProtocol.messageYjsSyncStep1).length
    expect(asked(gapper)).toBe(2)
    expect(asked(honest)).toBe(1)
    // Both answer: the honest one has nothing the server lacks, the gapper does not fill it.
    const empty = frame(MessageType.Sync, (encoder) => {
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(new Y.Doc()))
    })
    room.receive(honest.connection, empty)
    room.receive(gapper.connection, empty)
    room.flush()
    expect(gapper.closedWith()).toBe(CloseCode.MissingDependency)
    expect(honest.closedWith()).toBe(null)
  })

  it('are dropped at once when what waits grows too large to keep', async () => {
    const { raw, copyOfPlan, server, plan, stillWorks } = await setUp()
    const doc = await copyOfPlan()
    const start = Y.encodeStateVector(doc)
    doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Never sent.')])
    const middle = Y.encodeStateVector(doc)
    doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('x'.repeat(300 * 1024))])
    expect(start.byteLength).toBeGreaterThan(0)
    const writer = await raw()
    writer.socket?.send(syncUpdate(Y.encodeStateAsUpdate(doc, middle)))
    expect(await writer.closed).toBe(CloseCode.MissingDependency)
    const room = await server.registry.open(plan.id)
    expect(room.doc.store.pendingStructs).toBe(null)
    await stillWorks('After the large gap.')
  })
})

describe('the size of a plan', () => {
  it('is bounded: an edit beyond it is refused with its reason, and the plan stays writable', async () => {
    const { raw, copyOfPlan, stillWorks, server, plan } = await setUp({ maxPlanBytes: 96 * 1024 })
    const doc = await copyOfPlan()
    const before = Y.encodeStateVector(doc)
    doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('y'.repeat(200 * 1024))])
    const writer = await raw()
    writer.socket?.send(syncUpdate(Y.encodeStateAsUpdate(doc, before)))
    const reason = new Promise<string>((resolve) =>
      writer.socket?.once('close', (_code, why: Buffer) => resolve(why.toString())),
    )
    expect(await writer.closed).toBe(CloseCode.ContentRefused)
    expect(await reason).toBe('limit:size')
    await stillWorks('Small edits still fit.')
    const room = await server.registry.open(plan.id)
    expect(JSON.stringify(room.doc.getXmlFragment(PLAN_BODY_FIELD).toJSON())).not.toContain('yyyy')
  })
})
