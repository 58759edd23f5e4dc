import { CloseCode, MessageType, readSessionNotice } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import { connectClient } from './testing/connectClient'
import { DEMO } from './testing/demoAccounts'
import { roundTrip } from './testing/roundTrip'
import { startTestServer } from './testing/startTestServer'

const countUpdates = (database: { prepare(sql: string): { get(): unknown } }): number =>
  (database.prepare('SELECT count(*) AS n FROM plan_updates').get() as { n: number }).n

describe('when storage fails', () => {
  it('relays nothing it could not store, goes read-only with a message, and resumes when space is back', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer({ storageRetryMs: 1500 })
    const token = tokenFor(DEMO.admin)
    const planId = server.course.listPlans()[0]?.id ?? ''
    const alice = connectClient(collabUrl, planId, token)
    const bob = connectClient(collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])
    alice.appendParagraph('Stored fine.')
    await vi.waitFor(() => expect(bob.text()).toContain('Stored fine.'))
    const storedBefore = countUpdates(server.database)

    // A real full disk: SQLite refuses to grow the file past its current size.
    const pages = server.database.pragma('page_count', { simple: true }) as number
    server.database.pragma(`max_page_count = ${pages}`)
    const closed = new Promise<number>((resolve) =>
      alice.provider.once('connection-close', (event) => resolve(event?.code ?? 0)),
    )
    alice.appendParagraph('x'.repeat(64 * 1024))
    expect(await closed).toBe(CloseCode.StorageFailed)
    expect(bob.text()).not.toContain('xxxx')
    expect(countUpdates(server.database)).toBe(storedBefore)

    // Clients reconnect by themselves and are told the plan is read-only.
    const notices: boolean[] = []
    for (const client of [alice, bob]) {
      client.provider.messageHandlers[MessageType.SessionNotice] = (_encoder, decoder) => {
        notices.push(readSessionNotice(decoder).canWrite)
      }
    }
    await vi.waitFor(() => expect(notices).toEqual([false, false]), { timeout: 10_000 })
    bob.appendParagraph('Kept in the tab while read-only.')
    // The server stores what it accepts before it answers bob's next sync step 1.
    await roundTrip(bob)
    expect(countUpdates(server.database)).toBe(storedBefore)

    // Space is back: after the retry interval the plan is writable again, and what both
    // clients kept in their tabs is synced and stored.
    server.database.pragma('max_page_count = 1073741823')
    await vi.waitFor(() => expect(notices.slice(2)).toEqual(expect.arrayContaining([true, true])), {
      timeout: 10_000,
    })
    const carol = connectClient(collabUrl, planId, token)
    await vi.waitFor(() => {
      expect(carol.text()).toContain('x'.repeat(64 * 1024))
      expect(carol.text()).toContain('Kept in the tab while read-only.')
    })
    expect(countUpdates(server.database)).toBeGreaterThan(storedBefore)
  })

  it('refuses to serve a plan whose stored state cannot be loaded, instead of an empty one', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = server.course.listPlans()[0]?.id ?? ''
    server.database
      .prepare('UPDATE plan_snapshots SET state = ? WHERE plan_id = ?')
      .run(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]), planId)
    const socket = new WebSocket(`${collabUrl}/${planId}?token=${token}`)
    const received: number[] = []
    socket.on('message', (data: Buffer) =>
      received.push(decoding.readVarUint(decoding.createDecoder(data))),
    )
    const code = await new Promise<number>((resolve) => socket.once('close', resolve))
    expect(code).toBe(CloseCode.LoadFailed)
    expect(received).toEqual([])
  })

  it('loads what a stored log with a gap integrates and keeps the rest aside, for repair', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const planId = server.course.listPlans()[0]?.id ?? ''
    const room = await server.registry.open(planId)
    const stored = Y.encodeStateAsUpdate(room.doc)
    const paragraphs = room.doc.getXmlFragment(PLAN_BODY_FIELD).length
    await server.registry.closeAll(CloseCode.GoingAway, 'test')
    const source = new Y.Doc()
    Y.applyUpdate(source, stored)
    const body = source.getXmlFragment(PLAN_BODY_FIELD)
    const paragraph = (text: string) => {
      const element = new Y.XmlElement('paragraph')
      element.insert(0, [new Y.XmlText(text)])
      return element
    }
    body.push([paragraph('Never stored.')])
    const lost = Y.encodeStateAsUpdate(source, Y.encodeStateVectorFromUpdate(stored))
    const beforeSecond = Y.encodeStateVector(source)
    body.push([paragraph('Builds on what was never stored.')])
    // Only the second update: it depends on one the database does not have.
    server.database
      .prepare('INSERT INTO plan_updates (plan_id, seq, data) VALUES (?, 1000, ?)')
      .run(planId, Y.encodeStateAsUpdate(source, beforeSecond))

    const reader = connectClient(collabUrl, planId, tokenFor(DEMO.admin))
    await reader.synced
    expect(reader.body.length).toBe(paragraphs)
    const kept = server.database
      .prepare<[string], { reason: string; data: Buffer }>(
        'SELECT reason, data FROM plan_set_aside WHERE plan_id = ?',
      )
      .all(planId)
    expect(kept.map((row) => row.reason)).toEqual(['missing-dependency'])
    // Kept whole: once what it builds on comes back, it brings its paragraph with it.
    const repaired = new Y.Doc()
    Y.applyUpdate(repaired, stored)
    for (const row of kept) Y.applyUpdate(repaired, new Uint8Array(row.data))
    expect(repaired.getXmlFragment(PLAN_BODY_FIELD).length).toBe(paragraphs)
    Y.applyUpdate(repaired, lost)
    expect(repaired.getXmlFragment(PLAN_BODY_FIELD).length).toBe(paragraphs + 2)
  })
})
