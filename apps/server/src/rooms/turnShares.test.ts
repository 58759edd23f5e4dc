import { MessageType, readPersistedAck } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ManualClock } from '../testing/ManualClock'
import { recordingConnection } from '../testing/recordingConnection'
import { openMemoryRooms } from '../testing/openMemoryRooms'
import { syncUpdate } from '../testing/syncUpdate'

const ACK_INTERVAL_MS = 500
const KEEP_ALIVE_MS = 10_000

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** The state vectors of the acknowledgements among `messages`. */
const acknowledgedStates = (messages: Uint8Array[]): Map<number, number>[] =>
  messages.map((message) => {
    const decoder = decoding.createDecoder(message)
    decoding.readVarUint(decoder)
    return Y.decodeStateVector(readPersistedAck(decoder))
  })

const caret = (clientId: number, clock: number): Uint8Array => {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, clock)
  encoding.writeVarString(inner, JSON.stringify({ cursor: { at: clock } }))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  return encoding.toUint8Array(encoder)
}

/** The text a relayed update inserts. */
const textsIn = (message: Uint8Array): string[] => {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder) // Sync
  decoding.readVarUint(decoder) // update
  const { structs } = Y.decodeUpdate(decoding.readVarUint8Array(decoder))
  return structs.flatMap((struct) =>
    struct instanceof Y.Item && struct.content instanceof Y.ContentString
      ? [struct.content.str]
      : [],
  )
}

const setUp = async () => {
  const clock = new ManualClock()
  const { course, users, documents, registry } = openMemoryRooms({
    clock,
    ackIntervalMs: ACK_INTERVAL_MS,
  })
  const plan = course.listPlans()[0]
  if (!plan) throw new Error('The demo course has no plan')
  const room = await registry.open(plan.id)
  const [first, second] = users.list()
  if (!first || !second) throw new Error('The demo course has fewer than two people')
  const typist = recordingConnection('typist', first.id)
  const watcher = recordingConnection('watcher', second.id)
  room.join(typist.connection)
  room.join(watcher.connection)
  // The typist's editor: a copy of the plan whose changes go to the room one turn each.
  const editor = new Y.Doc()
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(room.doc))
  const updates: Uint8Array[] = []
  editor.on('update', (update: Uint8Array) => updates.push(update))
  /** Sends what was typed since the last call, without ending the event-loop turn. */
  const send = (...texts: string[]): void => {
    for (const text of texts) {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      editor.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
    }
    for (const update of updates.splice(0)) room.receive(typist.connection, syncUpdate(update))
  }
  const type = async (text: string): Promise<void> => {
    send(text)
    await nextTurn()
  }
  const covered = (state: Map<number, number>): boolean =>
    (state.get(editor.clientID) ?? 0) >= Y.getState(editor.store, editor.clientID)
  return { clock, room, documents, typist, watcher, type, send, covered }
}

describe('what a turn sends to whom', () => {
  it('tells a typist what is stored at once, then at most once per interval, covering the rest when it is up', async () => {
    const { clock, typist, watcher, type, covered } = await setUp()
    const joined = typist.received.length

    await type('First')
    const first = acknowledgedStates(typist.ofType(MessageType.PersistedAck, joined))
    expect(first).toHaveLength(1)
    expect(first.every(covered)).toBe(true)

    for (const word of ['second', 'third', 'fourth', 'fifth']) await type(word)
    // Everyone else hears every keystroke at once; the typist is not told again yet.
    expect(watcher.ofType(MessageType.Sync).length).toBeGreaterThanOrEqual(5)
    expect(typist.ofType(MessageType.PersistedAck, joined)).toHaveLength(1)

    clock.advance(ACK_INTERVAL_MS)
    await nextTurn()
    const acks = acknowledgedStates(typist.ofType(MessageType.PersistedAck, joined))
    expect(acks).toHaveLength(2)
    expect(covered(acks[1] as Map<number, number>)).toBe(true)

    // Nothing owed, nothing sent when the interval comes round again.
    clock.advance(ACK_INTERVAL_MS * 4)
    await nextTurn()
    expect(typist.ofType(MessageType.PersistedAck, joined)).toHaveLength(2)
  })

  it('sends nobody back only their own caret, except as a keep-alive after a long silence', async () => {
    const { clock, room, typist, watcher } = await setUp()
    const typistBefore = typist.received.length
    const watcherBefore = watcher.received.length

    room.receive(typist.connection, caret(4242, 1))
    await nextTurn()
    expect(watcher.ofType(MessageType.Awareness, watcherBefore)).toHaveLength(1)
    expect(typist.received.length).toBe(typistBefore)

    clock.advance(KEEP_ALIVE_MS)
    room.receive(typist.connection, caret(4242, 2))
    await nextTurn()
    expect(watcher.ofType(MessageType.Awareness, watcherBefore)).toHaveLength(2)
    // y-websocket's provider reconnects after 30 s without a message; a lone client hears this.
    expect(typist.ofType(MessageType.Awareness, typistBefore)).toHaveLength(1)

    // Another person's caret reaches the typist as usual.
    room.receive(watcher.connection, caret(777, 1))
    await nextTurn()
    expect(typist.ofType(MessageType.Awareness, typistBefore)).toHaveLength(2)
  })

  it('stores what arrives in one event-loop turn as one row and relays it as one frame', async () => {
    const { room, documents, watcher, send } = await setUp()
    const before = watcher.received.length
    const stored = () => documents.load(room.planId).updateCount
    const storedBefore = stored()
    send('Ghana')
    send('Peru')
    await nextTurn()
    const relays = watcher.ofType(MessageType.Sync, before)
    expect(relays).toHaveLength(1)
    expect(textsIn(relays[0] as Uint8Array)).toEqual(['Ghana', 'Peru'])
    expect(stored()).toBe(storedBefore + 1)
  })
})
