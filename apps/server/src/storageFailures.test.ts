import { CloseCode, MessageType, readSessionNotice } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { connectClient } from './testing/connectClient'
import { DEMO } from './testing/demoAccounts'
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
    await new Promise((resolve) => setTimeout(resolve, 100))
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

  it('refuses a stored log with a gap instead of serving part of it', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const token = tokenFor(DEMO.admin)
    const planId = server.course.listPlans()[0]?.id ?? ''
    const source = new Y.Doc()
    source.getText('t').insert(0, 'a')
    const sv = Y.encodeStateVector(source)
    source.getText('t').insert(1, 'b')
    // Only the second update: it depends on one the database does not have.
    server.database
      .prepare('INSERT INTO plan_updates (plan_id, seq, data) VALUES (?, 1, ?)')
      .run(planId, Y.encodeStateAsUpdate(source, sv))
    const socket = new WebSocket(`${collabUrl}/${planId}?token=${token}`)
    const code = await new Promise<number>((resolve) => socket.once('close', resolve))
    expect(code).toBe(CloseCode.LoadFailed)
  })
})
