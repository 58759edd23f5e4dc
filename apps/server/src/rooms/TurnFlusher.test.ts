import { CloseCode, MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { startTestServer } from '../testing/startTestServer'
import type { Connection } from './Connection'
import { TurnFlusher } from './TurnFlusher'

/** A connection as a room sees it, recording what it is sent and how it was closed. */
const recordingConnection = (id: string) => {
  const sends: Uint8Array[][] = []
  let closedWith: number | null = null
  const connection: Connection = {
    id,
    canWrite: true,
    readOnly: null,
    identity: null,
    send: (...messages) => sends.push(messages),
    close: (code) => (closedWith = code),
  }
  return { connection, sends, closedWith: () => closedWith }
}

const addParagraph = (doc: Y.Doc, text: string): void => {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
}

const countUpdates = (
  database: { prepare(sql: string): { get(planId: string): unknown } },
  planId: string,
): number =>
  (
    database.prepare('SELECT count(*) AS n FROM plan_updates WHERE plan_id = ?').get(planId) as {
      n: number
    }
  ).n

const isSyncUpdate = (message: Uint8Array): boolean => {
  const decoder = decoding.createDecoder(message)
  return decoding.readVarUint(decoder) === MessageType.Sync && decoding.readVarUint(decoder) === 2
}

describe('the end of a turn across plans', () => {
  it('stores every plan edited in the turn at once, and one plan failing fails only that plan', async () => {
    const { server } = await startTestServer()
    const [first, second] = server.course.listPlans()
    if (!first || !second) throw new Error('The demo course has fewer than two plans')
    const failing = await server.registry.open(first.id)
    const healthy = await server.registry.open(second.id)
    const onFailing = recordingConnection('on-failing')
    const onHealthy = recordingConnection('on-healthy')
    failing.join(onFailing.connection)
    healthy.join(onHealthy.connection)
    const before = { failing: countUpdates(server.database, first.id), healthy: 0 }
    before.healthy = countUpdates(server.database, second.id)
    // A real refusal by the database, for one plan only.
    server.database.exec(
      `CREATE TEMP TRIGGER refuse BEFORE INSERT ON plan_updates WHEN NEW.plan_id = '${first.id}'
       BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`,
    )
    const sentBefore = { failing: onFailing.sends.length, healthy: onHealthy.sends.length }

    // Both edits happen in the same turn, so one transaction holds both plans' writes.
    addParagraph(failing.doc, 'Lost with its plan')
    addParagraph(healthy.doc, 'Stored and relayed')
    await vi.waitFor(() => expect(onFailing.closedWith()).toBe(CloseCode.StorageFailed))

    expect(countUpdates(server.database, first.id)).toBe(before.failing)
    expect(countUpdates(server.database, second.id)).toBe(before.healthy + 1)
    expect(onFailing.sends.slice(sentBefore.failing).flat().some(isSyncUpdate)).toBe(false)
    await vi.waitFor(() =>
      expect(onHealthy.sends.slice(sentBefore.healthy).flat().some(isSyncUpdate)).toBe(true),
    )
    expect(onHealthy.closedWith()).toBeNull()
    expect(server.registry.peek(second.id)).toBe(healthy)
    expect(server.registry.peek(first.id)).toBeUndefined()
  })
})

describe('a room whose own turn throws', () => {
  /** A room as the flusher sees it, recording what happened to it. */
  const participant = (name: string, log: string[], throwsIn?: 'store' | 'deliver') => ({
    storeTurn: () => {
      if (throwsIn === 'store') throw new Error(`${name} broke storing`)
      log.push(`${name} stored`)
      return true
    },
    deliverTurn: () => {
      if (throwsIn === 'deliver') throw new Error(`${name} broke delivering`)
      log.push(`${name} delivered`)
    },
    storageFailed: () => log.push(`${name} storage failed`),
    failed: (error: unknown) => log.push(`${name} failed: ${(error as Error).message}`),
  })
  const store = {
    transaction: <T>(work: () => T): T => work(),
  } as unknown as ConstructorParameters<typeof TurnFlusher>[0]

  it('is failed alone; the other plans of the turn are stored and delivered', () => {
    const log: string[] = []
    const flusher = new TurnFlusher(store)
    flusher.schedule(participant('a', log))
    flusher.schedule(participant('b', log, 'store'))
    flusher.schedule(participant('c', log, 'deliver'))
    flusher.schedule(participant('d', log))
    flusher.flush()
    expect(log).toEqual([
      'a stored',
      'b failed: b broke storing',
      'c stored',
      'd stored',
      'a delivered',
      'c failed: c broke delivering',
      'd delivered',
    ])
  })
})
