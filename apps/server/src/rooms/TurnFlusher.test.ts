import { CloseCode, MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import * as Y from 'yjs'
import { systemClock } from '../clock'
import { createQuietLogger } from '../logger'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { recordingConnection as personsConnection } from '../testing/recordingConnection'
import { startTestServer } from '../testing/startTestServer'
import { syncUpdate } from '../testing/syncUpdate'
import type { Connection } from './Connection'
import { syncMessage } from './syncMessage'
import { RoomRegistry } from './RoomRegistry'
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

/**
 * The SQLite store, counting the transactions it opens: those it is asked for (the outermost
 * only), and an append outside any, which is its own.
 */
class CountingStore extends SqliteDocumentStore {
  transactions = 0
  #depth = 0

  override transaction<T>(work: () => T): T {
    if (this.#depth === 0) this.transactions += 1
    this.#depth += 1
    try {
      return super.transaction(work)
    } finally {
      this.#depth -= 1
    }
  }

  override append(planId: string, updates: readonly Uint8Array[]): void {
    if (this.#depth === 0) this.transactions += 1
    super.append(planId, updates)
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('one turn of edits', () => {
  /**
   * A plan's room on a registry of our own over a server's database, counting what it asks of
   * storage; a typist and a watcher in it, and a keystroke the typist can send.
   */
  const setUp = async () => {
    const { server } = await startTestServer()
    const [plan] = server.course.listPlans()
    const [first, second] = server.users.list()
    if (!plan || !first || !second) throw new Error('The demo course is missing a plan or people')
    const store = new CountingStore(server.database)
    const registry = new RoomRegistry({
      store,
      logger: createQuietLogger(),
      idleUnloadMs: 60_000,
      compactEveryUpdates: 500,
      ackIntervalMs: 500,
      clock: systemClock,
      storageRetryMs: 30_000,
    })
    onTestFinished(() => registry.closeAll(CloseCode.GoingAway, 'test over'))
    const room = await registry.open(plan.id)
    const typist = personsConnection('typist', first.id)
    const watcher = personsConnection('watcher', second.id)
    room.join(typist.connection)
    room.join(watcher.connection)
    const storeTurn = vi.spyOn(room, 'storeTurn')
    const deliverTurn = vi.spyOn(room, 'deliverTurn')
    const rowsBefore = countUpdates(server.database, plan.id)
    const transactionsBefore = store.transactions
    const relayedBefore = watcher.ofType(MessageType.Sync).length
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc))
    const keystroke = () => {
      const base = Y.encodeStateVector(client)
      addParagraph(client, 'One keystroke')
      room.receive(typist.connection, syncUpdate(Y.encodeStateAsUpdate(client, base)))
    }
    /** After the keystroke is relayed and whatever the flush scheduled for itself has run. */
    const settled = async () => {
      await vi.waitFor(() =>
        expect(watcher.ofType(MessageType.Sync, relayedBefore).length).toBeGreaterThan(0),
      )
      await nextTurn()
      await nextTurn()
      return {
        rows: countUpdates(server.database, plan.id) - rowsBefore,
        transactions: store.transactions - transactionsBefore,
        stored: storeTurn.mock.calls.length,
        delivered: deliverTurn.mock.calls.length,
      }
    }
    return { room, watcher, client, keystroke, settled }
  }

  it('is stored in one transaction and delivered once', async () => {
    const { keystroke, settled } = await setUp()
    keystroke()
    expect(await settled()).toEqual({ rows: 1, transactions: 1, stored: 1, delivered: 1 })
  })

  it('is stored in one transaction when something flushes the room before the turn ends', async () => {
    const { room, watcher, client, keystroke, settled } = await setUp()
    keystroke()
    // Answering a sync step 1 flushes the room at once: what the answer holds must be stored.
    room.receive(
      watcher.connection,
      syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, client)),
    )
    expect(await settled()).toEqual({ rows: 1, transactions: 1, stored: 1, delivered: 1 })
  })
})

describe('a room whose own turn throws', () => {
  /** A room as the flusher sees it, recording what happened to it. */
  const participant = (name: string, log: string[], throwsIn?: 'store' | 'deliver') => ({
    hasPendingTurn: () => true,
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

describe('rooms flushed before the turn ends', () => {
  it('are passed by, and no transaction is opened when none is left', () => {
    let transactions = 0
    const store = {
      transaction: <T>(work: () => T): T => {
        transactions += 1
        return work()
      },
    } as unknown as ConstructorParameters<typeof TurnFlusher>[0]
    const log: string[] = []
    const room = (name: string, pending: boolean) => ({
      hasPendingTurn: () => pending,
      storeTurn: () => {
        log.push(`${name} stored`)
        return true
      },
      deliverTurn: () => log.push(`${name} delivered`),
      storageFailed: () => log.push(`${name} storage failed`),
      failed: () => log.push(`${name} failed`),
    })
    const flusher = new TurnFlusher(store)
    flusher.schedule(room('flushed', false))
    flusher.flush()
    expect({ transactions, log }).toEqual({ transactions: 0, log: [] })

    flusher.schedule(room('flushed', false))
    flusher.schedule(room('busy', true))
    flusher.flush()
    expect({ transactions, log }).toEqual({
      transactions: 1,
      log: ['busy stored', 'busy delivered'],
    })
  })
})
