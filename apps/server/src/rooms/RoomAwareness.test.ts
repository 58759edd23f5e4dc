import { MessageType } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import type { Connection } from './Connection'
import { RoomAwareness } from './RoomAwareness'

interface Sent {
  clientId: number
  clock: number
  state: string
}

const update = (entries: Sent[], trailing: number[] = []): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, state)
  }
  for (const byte of trailing) encoding.writeUint8(encoder, byte)
  return encoding.toUint8Array(encoder)
}

/** The entries of an awareness message as the room sends it. */
const entriesOf = (message: Uint8Array): Sent[] => {
  const outer = decoding.createDecoder(message)
  expect(decoding.readVarUint(outer)).toBe(MessageType.Awareness)
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer))
  const count = decoding.readVarUint(decoder)
  return Array.from({ length: count }, () => ({
    clientId: decoding.readVarUint(decoder),
    clock: decoding.readVarUint(decoder),
    state: decoding.readVarString(decoder),
  }))
}

const connectionOf = (id: string, person: string | null): Connection => ({
  id,
  canWrite: true,
  readOnly: null,
  identity: person === null ? null : { id: person, name: `Name of ${person}` },
  send: () => {},
  close: () => {},
})

/** A room's awareness whose ids belong to people as `ClientOwners` would bind them. */
const setUp = () => {
  const owners = new Map<number, string>()
  const personOf = (connection: Connection) => String(connection.identity?.id ?? connection.id)
  let changes = 0
  const claims: string[] = []
  const awareness = new RoomAwareness({
    onChange: () => changes++,
    mayUse: (connection, clientId) => {
      const owner = owners.get(clientId)
      return owner === undefined || owner === personOf(connection)
    },
    claim: (connection, clientId) => {
      claims.push(`${connection.id}:${clientId}`)
      if (!owners.has(clientId)) owners.set(clientId, personOf(connection))
    },
  })
  const sent = () => {
    const taken = awareness.takeUpdate()
    return taken ? { entries: entriesOf(taken.message), onlyFrom: taken.onlyFrom } : null
  }
  return { awareness, owners, sent, claims, changes: () => changes }
}

describe('RoomAwareness', () => {
  it('relays a connection’s own state with the server’s identity, and nothing before', () => {
    const { awareness, sent, owners, changes } = setUp()
    expect(sent()).toBe(null)
    expect(awareness.snapshot()).toBe(null)
    const ama = connectionOf('c1', 'ama')
    awareness.receive(ama, update([{ clientId: 7, clock: 1, state: '{"user":{"name":"Me"}}' }]))
    expect(changes()).toBe(1)
    expect(owners.get(7)).toBe('ama')
    const relayed = sent()
    expect(relayed?.onlyFrom).toBe(ama)
    expect(relayed?.entries).toEqual([
      { clientId: 7, clock: 1, state: '{"user":{"id":"ama","name":"Name of ama"}}' },
    ])
    expect(sent()).toBe(null)
    expect(awareness.presentCount).toBe(1)
    expect(entriesOf(awareness.snapshot() as Uint8Array)).toHaveLength(1)
  })

  it('keeps a state as sent when there is no identity to put in, or it is not an object', () => {
    const { awareness, sent } = setUp()
    awareness.receive(
      connectionOf('c1', null),
      update([{ clientId: 1, clock: 1, state: '{"a":1}' }]),
    )
    awareness.receive(connectionOf('c2', 'p'), update([{ clientId: 2, clock: 1, state: '[1,2]' }]))
    awareness.receive(connectionOf('c3', 'q'), update([{ clientId: 3, clock: 1, state: '"text"' }]))
    expect(sent()?.entries.map((entry) => entry.state)).toEqual(['{"a":1}', '[1,2]', '"text"'])
  })

  it('speaks for one id per connection: later ids of its own and others’ are ignored', () => {
    const { awareness, sent, owners, claims } = setUp()
    const ama = connectionOf('c1', 'ama')
    awareness.receive(
      ama,
      update([
        { clientId: 7, clock: 1, state: '{}' },
        { clientId: 8, clock: 1, state: '{}' },
      ]),
    )
    awareness.receive(ama, update([{ clientId: 9, clock: 1, state: '{}' }]))
    expect(sent()?.entries.map((entry) => entry.clientId)).toEqual([7])
    expect([...owners.keys()]).toEqual([7])
    // Claimed once, not at every message.
    expect(claims).toEqual(['c1:7'])
    // Others' states in a message are not even parsed.
    expect(() =>
      awareness.receive(ama, update([{ clientId: 8, clock: 2, state: 'not json' }])),
    ).not.toThrow()
  })

  it('refuses an id that is someone else’s, and takes the next that may be its own', () => {
    const { awareness, sent, owners } = setUp()
    owners.set(7, 'ama')
    const kwame = connectionOf('c2', 'kwame')
    awareness.receive(
      kwame,
      update([
        { clientId: 7, clock: 99, state: '{"cursor":1}' },
        { clientId: 8, clock: 1, state: '{"cursor":2}' },
      ]),
    )
    expect(sent()?.entries.map((entry) => entry.clientId)).toEqual([8])
    expect(owners.get(8)).toBe('kwame')
    expect(owners.get(7)).toBe('ama')
  })

  it('takes a newer clock, ignores an older or equal one, and at an equal clock only a removal', () => {
    const { awareness, sent } = setUp()
    const ama = connectionOf('c1', 'ama')
    awareness.receive(ama, update([{ clientId: 7, clock: 5, state: '{"n":5}' }]))
    sent()
    awareness.receive(ama, update([{ clientId: 7, clock: 4, state: '{"n":4}' }]))
    awareness.receive(ama, update([{ clientId: 7, clock: 5, state: '{"n":55}' }]))
    expect(sent()).toBe(null)
    awareness.receive(ama, update([{ clientId: 7, clock: 6, state: '{"n":6}' }]))
    expect(sent()?.entries).toMatchObject([{ clock: 6 }])
    // A removal older than the state is ignored too.
    awareness.receive(ama, update([{ clientId: 7, clock: 5, state: 'null' }]))
    expect(sent()).toBe(null)
    awareness.receive(ama, update([{ clientId: 7, clock: 6, state: 'null' }]))
    // Once removed, the same removal again changes nothing.
    awareness.receive(ama, update([{ clientId: 7, clock: 6, state: 'null' }]))
    // A removal not yet sent is no presence.
    expect(awareness.presentCount).toBe(0)
    expect(sent()?.entries).toEqual([{ clientId: 7, clock: 7, state: 'null' }])
    expect(awareness.presentCount).toBe(0)
    // A removal is announced once, then forgotten.
    expect(awareness.snapshot()).toBe(null)
  })

  it('refuses malformed messages without changing anything', () => {
    const { awareness, sent } = setUp()
    const ama = connectionOf('c1', 'ama')
    const crowd = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ clientId: i + 1, clock: 1, state: '{}' }))
    expect(() => awareness.receive(ama, update(crowd(1001)))).toThrow(/1001 entries/)
    expect(() =>
      awareness.receive(ama, update([{ clientId: 1, clock: 1, state: `"${'x'.repeat(8191)}"` }])),
    ).toThrow(/too large/)
    expect(() =>
      awareness.receive(ama, update([{ clientId: 1, clock: 1, state: '{}' }], [0])),
    ).toThrow(/Trailing/)
    expect(() => awareness.receive(ama, update([{ clientId: 1, clock: 1, state: '{' }]))).toThrow()
    expect(sent()).toBe(null)
    // The limits themselves are allowed.
    awareness.receive(ama, update(crowd(1000)))
    const bob = connectionOf('c2', 'bob')
    awareness.receive(bob, update([{ clientId: 5000, clock: 1, state: `"${'x'.repeat(8190)}"` }]))
    expect(sent()?.entries.map((entry) => entry.clientId)).toEqual([1, 5000])
  })

  it('announces a removal when its connection leaves, with a clock above what others saw', () => {
    const { awareness, sent } = setUp()
    const ama = connectionOf('c1', 'ama')
    awareness.receive(ama, update([{ clientId: 7, clock: 3, state: '{}' }]))
    sent()
    awareness.leave(ama)
    const removal = sent()
    expect(removal?.onlyFrom).toBe(null)
    expect(removal?.entries).toEqual([{ clientId: 7, clock: 4, state: 'null' }])
    // Ama comes back with the clock her tab had: relayed above the removal, or others ignore it.
    const again = connectionOf('c2', 'ama')
    awareness.receive(again, update([{ clientId: 7, clock: 3, state: '{"back":true}' }]))
    expect(sent()?.entries).toMatchObject([{ clientId: 7, clock: 5 }])
    expect(awareness.presentCount).toBe(1)
  })

  it('lets a person’s new connection take over their id, and the old one’s leaving keeps it', () => {
    const { awareness, sent, claims } = setUp()
    const old = connectionOf('c1', 'ama')
    const fresh = connectionOf('c2', 'ama')
    awareness.receive(old, update([{ clientId: 7, clock: 3, state: '{"tab":"old"}' }]))
    awareness.receive(fresh, update([{ clientId: 7, clock: 4, state: '{"tab":"new"}' }]))
    expect(sent()?.onlyFrom).toBe(null)
    expect(claims).toEqual(['c1:7', 'c2:7'])
    awareness.leave(old)
    expect(sent()).toBe(null)
    expect(awareness.presentCount).toBe(1)
    awareness.leave(fresh)
    expect(sent()?.entries).toMatchObject([{ clientId: 7, state: 'null' }])
  })

  it('forgets a connection that never spoke without announcing anything', () => {
    const { awareness, sent, changes } = setUp()
    const silent = connectionOf('c1', 'ama')
    awareness.leave(silent)
    const refused = connectionOf('c2', 'kwame')
    awareness.receive(refused, update([]))
    awareness.leave(refused)
    expect(sent()).toBe(null)
    expect(changes()).toBe(0)
  })

  it('announces nothing when a connection leaves whose removal was already announced or is due', () => {
    const { awareness, sent } = setUp()
    const ama = connectionOf('c1', 'ama')
    awareness.receive(ama, update([{ clientId: 7, clock: 1, state: '{}' }]))
    awareness.receive(ama, update([{ clientId: 7, clock: 2, state: 'null' }]))
    // The removal is due, not sent yet: leaving adds nothing to it.
    awareness.leave(ama)
    expect(sent()?.entries).toEqual([{ clientId: 7, clock: 2, state: 'null' }])
    const kwame = connectionOf('c2', 'kwame')
    awareness.receive(kwame, update([{ clientId: 8, clock: 1, state: '{}' }]))
    awareness.receive(kwame, update([{ clientId: 8, clock: 2, state: 'null' }]))
    expect(sent()?.entries).toMatchObject([{ clientId: 8, state: 'null' }])
    // Sent and forgotten: leaving now announces nothing.
    awareness.leave(kwame)
    expect(sent()).toBe(null)
  })

  it('says a turn’s changes came from one connection only when they all did', () => {
    const { awareness, sent, claims } = setUp()
    const ama = connectionOf('c1', 'ama')
    const kwame = connectionOf('c2', 'kwame')
    awareness.receive(ama, update([{ clientId: 7, clock: 1, state: '{}' }]))
    awareness.receive(ama, update([{ clientId: 7, clock: 2, state: '{"n":2}' }]))
    expect(sent()?.onlyFrom).toBe(ama)
    awareness.receive(kwame, update([{ clientId: 8, clock: 1, state: '{}' }]))
    awareness.receive(ama, update([{ clientId: 7, clock: 3, state: '{}' }]))
    expect(sent()?.onlyFrom).toBe(null)
    // Kwame's message changes nothing (a stale clock): Ama is alone in the turn.
    awareness.receive(ama, update([{ clientId: 7, clock: 4, state: '{}' }]))
    awareness.receive(kwame, update([{ clientId: 8, clock: 1, state: '{}' }]))
    expect(sent()?.onlyFrom).toBe(ama)
    // A connection that speaks only for ids of others claims nothing.
    const lee = connectionOf('c3', 'lee')
    awareness.receive(lee, update([{ clientId: 7, clock: 9, state: '{}' }]))
    expect(claims).toEqual(['c1:7', 'c2:8'])
    expect(sent()).toBe(null)
  })
})
