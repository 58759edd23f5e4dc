import v8 from 'node:v8'
import vm from 'node:vm'
import { MessageType } from '@coplan/protocol'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import type { RawSocketResult } from '../testing/rawSocket'
import { startTestServer } from '../testing/startTestServer'
import { frame } from '../testing/frame'
import { seededRandom } from '../testing/seededRandom'

const FRAMES = 10_000
const ATTACKERS = 8

/** Real messages of every kind, to mutate: sync steps, updates, awareness, queries. */
const seedMessages = (): Uint8Array[] => {
  const doc = new Y.Doc()
  const body = doc.getXmlFragment('body')
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Fuzzed text with Hangul 한국어 and more')])
  body.insert(0, [paragraph])
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState({ user: { name: 'x' }, cursor: { anchor: 3, head: 9 } })
  return [
    frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, doc)),
    frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep2(e, doc, new Uint8Array([0]))),
    frame(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
    frame(MessageType.Awareness, (e) =>
      encoding.writeVarUint8Array(
        e,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
      ),
    ),
    frame(MessageType.QueryAwareness, () => {}),
  ]
}

const mutate = (seeds: Uint8Array[], next: () => number): Uint8Array => {
  const pick = (n: number) => Math.floor(next() * n)
  const base = seeds[pick(seeds.length)] as Uint8Array
  const bytes = Uint8Array.from(base)
  switch (pick(7)) {
    case 0: // flip bytes
      for (let i = 0; i < 1 + pick(4); i++) bytes[pick(bytes.length)] = pick(256)
      return bytes
    case 1: // truncate
      return bytes.slice(0, pick(bytes.length))
    case 2: // random tail
      return Uint8Array.from([...bytes, ...Array.from({ length: 1 + pick(32) }, () => pick(256))])
    case 3: // overlong varint after the message type
      return Uint8Array.from([bytes[0] ?? 0, ...Array.from({ length: 12 }, () => 0xff), 1])
    case 4: // length prefix far beyond the message
      return Uint8Array.from([bytes[0] ?? 0, 2, 0xff, 0xff, 0xff, 0x0f, ...bytes.slice(3)])
    case 5: // unknown message type
      return Uint8Array.from([50 + pick(40), ...bytes.slice(1)])
    default: // pure noise
      return Uint8Array.from({ length: 1 + pick(64) }, () => pick(256))
  }
}

const heapAfterGc = (): number => {
  v8.setFlagsFromString('--expose_gc')
  ;(vm.runInNewContext('gc') as () => void)()
  return process.memoryUsage().heapUsed
}

describe('fuzzing the websocket', () => {
  it(`survives ${FRAMES} random and mutated frames while a good client keeps writing`, async () => {
    const { server, collabUrl, tokenFor, url } = await startTestServer({
      messagesPerSecond: 100_000,
      messageBurst: 100_000,
    })
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no plan')
    const good = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate))
    await good.synced
    const witness = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate2))
    await witness.synced
    const seeds = seedMessages()
    const next = seededRandom(20261128)
    // The mentor may read the plan (every message is decoded) but not change it, so the plan
    // must end up holding exactly what the good client wrote.
    const attackerToken = tokenFor(DEMO.mentorKim)
    const heapBefore = heapAfterGc()

    const probe = frame(MessageType.QueryAwareness, () => {})
    let sent = 0
    let closes = 0
    let written = 0
    const writing = setInterval(() => good.appendParagraph(`Good line ${written++}`), 5)
    const attack = async (): Promise<void> => {
      let socket: RawSocketResult | null = null
      while (sent < FRAMES) {
        if (!socket || socket.socket?.readyState !== 1) {
          socket = await openRawSocket(`${collabUrl}/${plan.id}?token=${attackerToken}`)
          if (socket.status !== 101) throw new Error(`upgrade refused: ${socket.status}`)
        }
        const current = socket
        const answered = new Promise((resolve) => current.socket?.once('message', resolve))
        current.socket?.send(mutate(seeds, next))
        // A probe the server answers: once it has, the fuzzed frame before it was handled
        // (or the socket was closed for it).
        current.socket?.send(probe)
        sent++
        await Promise.race([current.closed, answered])
        if (current.socket?.readyState !== 1) closes++
      }
      socket?.socket?.close()
    }
    await Promise.all(Array.from({ length: ATTACKERS }, attack))
    clearInterval(writing)

    expect(sent).toBeGreaterThanOrEqual(FRAMES)
    // Most fuzzed frames are refused with a close; some (e.g. harmless awareness) are not.
    expect(closes).toBeGreaterThan(FRAMES / 2)
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
    const lines = Array.from({ length: written }, (_, i) => `Good line ${i}`)
    await vi.waitFor(() => expect(witness.text()).toContain(lines.at(-1)))
    const room = await server.registry.open(plan.id)
    expect(good.text()).toBe(witness.text())
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(Y.encodeStateAsUpdate(good.doc))
    for (const line of lines) expect(good.text()).toContain(line)
    // Nothing of the attackers is left behind: no awareness entries, no extra connections.
    await vi.waitFor(() => expect(room.connectionCount).toBe(2))
    await vi.waitFor(() => expect(room.presentCount).toBeLessThanOrEqual(2))
    expect(heapAfterGc() - heapBefore).toBeLessThan(64 * 1024 * 1024)
  }, 120_000)
})
