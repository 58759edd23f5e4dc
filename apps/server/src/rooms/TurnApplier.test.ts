import { CloseCode, MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD, createPlanSchema, planDocToJSON } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { recordingConnection } from '../testing/recordingConnection'
import { openMemoryRooms } from '../testing/openMemoryRooms'
import { syncUpdate } from '../testing/syncUpdate'
import type { Connection } from './Connection'

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

const syncMessage = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

const textOf = (doc: Y.Doc): string =>
  doc
    .getXmlFragment(PLAN_BODY_FIELD)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().join('') : ''))
    .join('|')

const schema = createPlanSchema()

/** What stands straight in the plan body, item by item. */
const topLevelKinds = (doc: Y.Doc): string[] => [
  ...new Set(
    doc
      .getXmlFragment(PLAN_BODY_FIELD)
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? 'element' : 'other')),
  ),
]

/**
 * A plan's room with a typist and a watcher whose doc takes every relayed update, as an editor
 * does; and the plan as its (in-memory) store has it.
 */
const setUp = async () => {
  const { course, users, documents, registry } = openMemoryRooms()
  const plan = course.listPlans()[0]
  const [first, second, third] = users.list()
  if (!plan || !first || !second || !third)
    throw new Error('The demo course lacks a plan or people')
  const room = await registry.open(plan.id)
  const closes: number[] = []
  const typist: Connection = {
    id: 'typist',
    canWrite: true,
    readOnly: null,
    identity: { id: first.id, name: 'Typist' },
    send: () => {},
    close: (code) => closes.push(code),
  }
  const watcherDoc = new Y.Doc()
  const relayed: Uint8Array[] = []
  Y.applyUpdate(watcherDoc, Y.encodeStateAsUpdate(room.doc))
  const watcher: Connection = {
    id: 'watcher',
    canWrite: true,
    readOnly: null,
    identity: { id: second.id, name: 'Watcher' },
    send: (...messages) => {
      for (const message of messages) {
        relayed.push(message)
        const decoder = decoding.createDecoder(message)
        if (decoding.readVarUint(decoder) !== MessageType.Sync) continue
        if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsUpdate) continue
        Y.applyUpdate(watcherDoc, decoding.readVarUint8Array(decoder))
      }
    },
    close: () => {},
  }
  room.join(typist)
  room.join(watcher)
  /** An editor's copy of the plan; `write` returns the update a paragraph of `text` makes. */
  const editorOf = () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    const write = (text: string): Uint8Array => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
      const [update] = updates.splice(0)
      if (!update) throw new Error('Writing made no update')
      return update
    }
    return { doc, write }
  }
  const { doc: editor, write } = editorOf()
  const rows = (): number => documents.load(plan.id).updateCount
  /** A connection that records what it is sent. */
  const joiner = (id: string, personId = first.id): Connection & { received: Uint8Array[] } => {
    const { connection, received } = recordingConnection(id, personId)
    return Object.assign(connection, { received })
  }
  const contributors = (): string[] => course.dashboard().get(plan.id)?.contributors ?? []
  const stored = (): Y.Doc => {
    const { snapshot, updates: rows } = documents.load(plan.id)
    const doc = new Y.Doc()
    if (snapshot) Y.applyUpdate(doc, snapshot)
    for (const row of rows) Y.applyUpdate(doc, row)
    return doc
  }
  return {
    room,
    typist,
    closes,
    watcherDoc,
    editor,
    write,
    editorOf,
    stored,
    person: first,
    relayed,
    rows,
    joiner,
    contributors,
    people: { first, third },
  }
}

describe('applying what a turn received', () => {
  it('applies a turn’s updates in one Yjs transaction, so a plan’s age is paid once per turn', async () => {
    const { room, typist, watcherDoc, editor, write, stored } = await setUp()
    let transactions = 0
    room.doc.on('afterTransaction', () => {
      transactions += 1
    })
    for (const text of ['Accra', 'Kumasi', 'Tamale']) room.receive(typist, syncUpdate(write(text)))
    await nextTurn()
    expect(transactions).toBe(1)
    expect(textOf(watcherDoc)).toBe(textOf(editor))
    expect(textOf(stored())).toBe(textOf(editor))
  })

  it.each([
    ['alone', false],
    ['with another update in its turn', true],
  ])(
    'relays and stores an update that arrived before the one it builds on (%s), once that one comes',
    async (_, crowded) => {
      const { room, typist, watcherDoc, write, editorOf, stored } = await setUp()
      const other = editorOf()
      const first = write('Lima')
      const second = write('Cusco')
      room.receive(typist, syncUpdate(second))
      if (crowded) room.receive(typist, syncUpdate(other.write('Quito')))
      await nextTurn()
      // Yjs holds it aside; nobody can use it yet.
      expect(textOf(room.doc)).not.toContain('Cusco')
      room.receive(typist, syncUpdate(first))
      await nextTurn()
      for (const text of ['Lima', 'Cusco', ...(crowded ? ['Quito'] : [])]) {
        expect(textOf(room.doc)).toContain(text)
        expect(textOf(watcherDoc)).toContain(text)
        expect(textOf(stored())).toContain(text)
      }
      // And a plain update after that relays as usual.
      room.receive(typist, syncUpdate(write('Arequipa')))
      await nextTurn()
      expect(textOf(watcherDoc)).toContain('Arequipa')
      expect(textOf(watcherDoc)).toBe(textOf(room.doc))
      expect(textOf(stored())).toBe(textOf(room.doc))
    },
  )

  it('stores and relays the part of an update Yjs could apply, and never the part still missing what it builds on', async () => {
    const { room, typist, watcherDoc, write, editorOf, stored } = await setUp()
    const other = editorOf()
    const first = write('Lima')
    const second = write('Cusco')
    // One message: a paragraph Yjs can apply, and one that builds on a paragraph not sent yet.
    room.receive(typist, syncUpdate(Y.mergeUpdates([second, other.write('Quito')])))
    await nextTurn()
    expect(textOf(watcherDoc)).toContain('Quito')
    expect(textOf(stored())).toContain('Quito')
    // A plan stored with parts that wait for missing ones would not load again.
    expect(stored().store.pendingStructs).toBeNull()
    room.receive(typist, syncUpdate(first))
    await nextTurn()
    for (const text of ['Lima', 'Cusco', 'Quito']) {
      expect(textOf(watcherDoc)).toContain(text)
      expect(textOf(stored())).toContain(text)
    }
    expect(stored().store.pendingStructs).toBeNull()
  })

  it('closes the sender of an update Yjs throws on, and still stores and relays what it changed', async () => {
    const { room, typist, closes, watcherDoc, write, stored } = await setUp()
    // Yjs rethrows an observer's error from the transaction that applied the update, after the
    // update is in the doc: the same state as an update that fails halfway.
    room.doc.getXmlFragment(PLAN_BODY_FIELD).observeDeep(() => {
      throw new Error('Refused by the test')
    })
    room.receive(typist, syncUpdate(write('Nairobi')))
    await nextTurn()
    expect(closes).toHaveLength(1)
    expect(textOf(room.doc)).toContain('Nairobi')
    expect(textOf(watcherDoc)).toContain('Nairobi')
    expect(textOf(stored())).toContain('Nairobi')
  })

  it('keeps a crowded turn’s updates when Yjs throws while finishing its transaction', async () => {
    const { room, typist, closes, watcherDoc, write, editorOf, stored } = await setUp()
    const other = editorOf()
    room.doc.getXmlFragment(PLAN_BODY_FIELD).observeDeep(() => {
      throw new Error('Refused by the test')
    })
    room.receive(typist, syncUpdate(write('Mombasa')))
    room.receive(typist, syncUpdate(other.write('Kisumu')))
    await nextTurn()
    // Nobody's update was at fault.
    expect(closes).toHaveLength(0)
    for (const text of ['Mombasa', 'Kisumu']) {
      expect(textOf(watcherDoc)).toContain(text)
      expect(textOf(stored())).toContain(text)
    }
  })

  it('stores and relays a change made on the doc directly, as a restore does', async () => {
    const { room, watcherDoc, stored, person } = await setUp()
    room.doc.transact(
      () => {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText('Restored text')])
        room.doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
      },
      { identity: { id: person.id } },
    )
    await nextTurn()
    expect(textOf(watcherDoc)).toContain('Restored text')
    expect(textOf(stored())).toContain('Restored text')
  })

  it('stores and relays nothing for a handshake that brings nothing new, and keeps the answer for the next joiner', async () => {
    const { room, typist, relayed, rows, joiner, write } = await setUp()
    room.receive(typist, syncUpdate(write('Before the crowd')))
    await nextTurn()
    const rowsBefore = rows()
    const relayedBefore = relayed.length
    const answers: Uint8Array[] = []
    for (const id of ['first joiner', 'second joiner', 'third joiner']) {
      const connection = joiner(id)
      room.join(connection)
      // A new editor asks for everything and answers the server's question with nothing.
      const asked = connection.received.length
      room.receive(
        connection,
        syncMessage((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())),
      )
      room.receive(
        connection,
        syncMessage((e) => syncProtocol.writeSyncStep2(e, new Y.Doc())),
      )
      await nextTurn()
      answers.push(connection.received[asked] as Uint8Array)
    }
    expect(rows()).toBe(rowsBefore)
    expect(relayed.length).toBe(relayedBefore)
    // The whole plan is encoded once for a crowd of joiners, not once each.
    expect(answers[1]).toBe(answers[0])
    expect(answers[2]).toBe(answers[0])
  })

  it('does not count someone who joined in the turn of another’s keystroke as an editor', async () => {
    const { room, typist, write, joiner, contributors, people } = await setUp()
    const newcomer = joiner('newcomer', people.third.id)
    room.join(newcomer)
    room.receive(typist, syncUpdate(write('Typed while someone joined')))
    room.receive(
      newcomer,
      syncMessage((e) => syncProtocol.writeSyncStep2(e, new Y.Doc())),
    )
    await nextTurn()
    expect(contributors()).toContain(people.first.id)
    expect(contributors()).not.toContain(people.third.id)
  })

  it('relays nothing of a returning editor’s handshake answer that repeats what the server has', async () => {
    const { room, typist, relayed, rows, joiner, editor, write } = await setUp()
    room.receive(typist, syncUpdate(write('Some text to delete')))
    await nextTurn()
    // Deletions travel in every handshake answer, all of them, every time.
    const body = editor.getXmlFragment(PLAN_BODY_FIELD)
    const updates: Uint8Array[] = []
    editor.on('update', (update: Uint8Array) => updates.push(update))
    body.delete(body.length - 1, 1)
    for (const update of updates) room.receive(typist, syncUpdate(update))
    await nextTurn()
    const rowsBefore = rows()
    const relayedBefore = relayed.length
    const returning = joiner('returning')
    room.join(returning)
    room.receive(
      returning,
      syncMessage((e) => syncProtocol.writeSyncStep2(e, editor, Y.encodeStateVector(room.doc))),
    )
    await nextTurn()
    expect(rows()).toBe(rowsBefore)
    expect(relayed.length).toBe(relayedBefore)
  })

  it('takes loose text placed after a paragraph back out, closes its sender, and neither stores nor relays it', async () => {
    const { room, typist, closes, watcherDoc, editor, relayed, stored } = await setUp()
    const updates: Uint8Array[] = []
    editor.on('update', (update: Uint8Array) => updates.push(update))
    // After a sibling, the update does not name the body: Yjs finds the parent on its own.
    editor.getXmlFragment(PLAN_BODY_FIELD).insert(1, [new Y.XmlText('LOOSE')])
    const relayedBefore = relayed.length
    room.receive(typist, syncUpdate(Y.mergeUpdates(updates)))
    await nextTurn()
    expect(closes).toEqual([CloseCode.MalformedMessage])
    for (const doc of [room.doc, watcherDoc, stored()]) {
      expect(topLevelKinds(doc)).toEqual(['element'])
      expect(() => schema.nodeFromJSON(planDocToJSON(doc)).check()).not.toThrow()
    }
    // Nothing the watcher got carries the text, deleted or not.
    const bytes = relayed.slice(relayedBefore).map((m) => Buffer.from(m).toString('latin1'))
    expect(bytes.join('')).not.toContain('LOOSE')
  })

  it('in a crowded turn, closes only the sender of a stray and keeps the other editor’s paragraph', async () => {
    const { room, typist, closes, watcherDoc, editorOf, stored, people, relayed } = await setUp()
    const relayedBefore = relayed.length
    const honestCloses: number[] = []
    const honest: Connection = {
      ...recordingConnection('honest', people.third.id).connection,
      close: (code) => honestCloses.push(code),
    }
    room.join(honest)
    const attacker = editorOf()
    const updates: Uint8Array[] = []
    attacker.doc.on('update', (update: Uint8Array) => updates.push(update))
    attacker.doc.getXmlFragment(PLAN_BODY_FIELD).insert(1, [new Y.XmlElement('script')])
    room.receive(typist, syncUpdate(Y.mergeUpdates(updates)))
    room.receive(honest, syncUpdate(editorOf().write('Honest work')))
    await nextTurn()
    expect(closes).toEqual([CloseCode.MalformedMessage])
    expect(honestCloses).toEqual([])
    for (const doc of [room.doc, watcherDoc, stored()]) {
      expect(textOf(doc)).toContain('Honest work')
      expect(JSON.stringify(planDocToJSON(doc))).not.toContain('"type":"script"')
    }
    const bytes = relayed.slice(relayedBefore).map((m) => Buffer.from(m).toString('latin1'))
    expect(bytes.join('')).toContain('Honest work')
    expect(bytes.join('')).not.toContain('script')
  })

  it('finds a stray in crafted bytes that list its client twice, the later-clock run first', async () => {
    const { room, typist, closes, watcherDoc, editor } = await setUp()
    const updates: Uint8Array[] = []
    editor.on('update', (update: Uint8Array) => updates.push(update))
    const body = editor.getXmlFragment(PLAN_BODY_FIELD)
    body.insert(1, [new Y.XmlText('LOOSE')])
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Bulawayo')])
    body.push([paragraph])
    const [stray, later] = updates
    if (!stray || !later) throw new Error('No updates')
    // One client's run of structs, as an update of one client with no deletions holds it.
    const runOf = (update: Uint8Array): Uint8Array => {
      expect([update[0], update[update.length - 1]]).toEqual([1, 0])
      return update.subarray(1, update.length - 1)
    }
    // Yjs applies the last run listed for a client: the stray's.
    const crafted = new Uint8Array([2, ...runOf(later), ...runOf(stray), 0])
    room.receive(typist, syncUpdate(crafted))
    await nextTurn()
    expect(closes).toEqual([CloseCode.MalformedMessage])
    for (const doc of [room.doc, watcherDoc]) expect(topLevelKinds(doc)).toEqual(['element'])
  })

  it('takes out a stray that Yjs held aside until what it builds on came, in a later turn', async () => {
    const { room, typist, watcherDoc, editor, write, stored } = await setUp()
    const first = write('Harare')
    const updates: Uint8Array[] = []
    editor.on('update', (update: Uint8Array) => updates.push(update))
    const body = editor.getXmlFragment(PLAN_BODY_FIELD)
    body.insertAfter(body.get(body.length - 1), [new Y.XmlText('HELD ASIDE')])
    room.receive(typist, syncUpdate(Y.mergeUpdates(updates)))
    await nextTurn()
    room.receive(typist, syncUpdate(first))
    await nextTurn()
    for (const doc of [room.doc, watcherDoc, stored()]) {
      expect(textOf(doc)).toContain('Harare')
      expect(topLevelKinds(doc)).toEqual(['element'])
    }
  })

  it('shows a reader of the doc what was received earlier in the same turn', async () => {
    const { room, typist, write } = await setUp()
    room.receive(typist, syncUpdate(write('Dakar')))
    expect(textOf(room.doc)).toContain('Dakar')
    await nextTurn()
  })
})
