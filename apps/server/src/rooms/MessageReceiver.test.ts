import { CloseCode, MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createQuietLogger } from '../logger'
import { recordingConnection } from '../testing/recordingConnection'
import { syncUpdate } from '../testing/syncUpdate'
import type { ClockRange } from './BodyShape'
import type { Connection } from './Connection'
import { MessageReceiver } from './MessageReceiver'
import { Refusal } from './Refusal'

/** A room as the receiver sees it, recording what it is asked; `foreign` ids are others'. */
const setUp = ({ planReadOnly = false, foreign = [] as number[] } = {}) => {
  const accepted: { update: Uint8Array; edit: boolean; ranges: readonly ClockRange[] }[] = []
  const awareness: Uint8Array[] = []
  const warnings: string[] = []
  let presence: Uint8Array | null = null
  const receiver = new MessageReceiver({
    planId: 'plan',
    logger: { ...createQuietLogger(), warn: (message) => warnings.push(message) },
    planReadOnly: () => planReadOnly,
    answer: (stateVector) => Uint8Array.of(99, ...stateVector),
    receiveAwareness: (_connection: Connection, update) => awareness.push(update),
    presence: () => presence,
    foreignClients: (_connection, ranges) =>
      ranges.flatMap(({ client }) => (foreign.includes(client) ? [client] : [])),
    accept: (_connection, update, edit, ranges) => accepted.push({ update, edit, ranges }),
  })
  const setPresence = (message: Uint8Array) => (presence = message)
  return { receiver, accepted, awareness, warnings, setPresence }
}

const message = (...parts: (number | Uint8Array)[]): Uint8Array => {
  const encoder = encoding.createEncoder()
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part)
    else encoding.writeVarUint8Array(encoder, part)
  }
  return encoding.toUint8Array(encoder)
}

/** A paragraph written under `clientId`, as an update. */
const paragraphBy = (clientId: number, text: string): Uint8Array => {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
  return Y.encodeStateAsUpdate(doc)
}

const step2 = (update: Uint8Array) =>
  message(MessageType.Sync, syncProtocol.messageYjsSyncStep2, update)

describe('MessageReceiver', () => {
  it('answers sync step 1 with what the room answers to its state vector', () => {
    const { receiver } = setUp()
    const client = recordingConnection('client', 'ann')
    receiver.receive(
      client.connection,
      message(MessageType.Sync, syncProtocol.messageYjsSyncStep1, Uint8Array.of(1, 2)),
    )
    expect(client.received).toEqual([Uint8Array.of(99, 1, 2)])
  })

  it('hands on presence, and sends everyone’s when asked, if anyone announces one', () => {
    const { receiver, awareness, setPresence } = setUp()
    const client = recordingConnection('client', 'ann')
    receiver.receive(client.connection, message(MessageType.Awareness, Uint8Array.of(7)))
    expect(awareness).toEqual([Uint8Array.of(7)])
    receiver.receive(client.connection, message(MessageType.QueryAwareness))
    expect(client.received).toEqual([])
    setPresence(Uint8Array.of(8))
    receiver.receive(client.connection, message(MessageType.QueryAwareness))
    expect(client.received).toEqual([Uint8Array.of(8)])
  })

  it('throws on what is not of the protocol', () => {
    const { receiver } = setUp()
    const { connection } = recordingConnection('client', 'ann')
    expect(() => receiver.receive(connection, new Uint8Array())).toThrow()
    expect(() => receiver.receive(connection, message(42))).toThrow('Unknown message type 42')
    expect(() => receiver.receive(connection, message(MessageType.Sync, 9))).toThrow(
      'Unknown sync message type 9',
    )
  })

  it('takes a checked edit or handshake answer, telling which it is', () => {
    const { receiver, accepted } = setUp()
    const { connection } = recordingConnection('client', 'ann')
    const update = paragraphBy(1, 'Hello')
    receiver.receive(connection, syncUpdate(update))
    receiver.receive(connection, step2(update))
    expect(accepted.map(({ edit }) => edit)).toEqual([true, false])
    expect(accepted[0]?.update).toEqual(update)
    expect(accepted[0]?.ranges).toEqual([{ client: 1, from: 0, to: expect.any(Number) }])
  })

  it('drops writes from a read-only client or to a read-only plan, silently', () => {
    const update = paragraphBy(1, 'Hello')
    const plan = setUp({ planReadOnly: true })
    plan.receiver.receive(recordingConnection('client', 'ann').connection, syncUpdate(update))
    expect(plan.accepted).toEqual([])
    const client = setUp()
    const reader = recordingConnection('reader', 'ann')
    reader.connection.canWrite = false
    client.receiver.receive(reader.connection, step2(update))
    client.receiver.receive(reader.connection, syncUpdate(update))
    expect(client.accepted).toEqual([])
  })

  it('refuses an edit under someone else’s client id', () => {
    const { receiver, accepted } = setUp({ foreign: [2] })
    const { connection } = recordingConnection('client', 'ann')
    const update = Y.mergeUpdates([paragraphBy(1, 'Mine'), paragraphBy(2, 'Theirs')])
    let refusal: unknown = null
    try {
      receiver.receive(connection, syncUpdate(update))
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(Refusal)
    expect((refusal as Refusal).code).toBe(CloseCode.ClientIdTaken)
    expect(accepted).toEqual([])
  })

  it('leaves out of a handshake answer what was written under others’ ids', () => {
    const { receiver, accepted, warnings } = setUp({ foreign: [2] })
    const { connection } = recordingConnection('client', 'ann')
    const update = Y.mergeUpdates([paragraphBy(1, 'Mine'), paragraphBy(2, 'Theirs')])
    receiver.receive(connection, step2(update))
    expect(warnings).toHaveLength(1)
    expect(accepted).toHaveLength(1)
    const [taken] = accepted
    if (!taken) throw new Error('Nothing was accepted')
    expect(taken.edit).toBe(false)
    expect(taken.ranges.map(({ client }) => client)).toEqual([1])
    const clients = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(taken.update))
    expect([...clients.keys()]).toEqual([1])
  })
})
