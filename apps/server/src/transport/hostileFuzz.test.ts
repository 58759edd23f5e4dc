import { MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD, planDocToJSON } from '@coplan/schema'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import type { RawSocketResult } from '../testing/rawSocket'
import { runAdminCli } from '../testing/runAdminCli'
import { startTestServer } from '../testing/startTestServer'
import { syncUpdate } from '../testing/syncUpdate'
import { frame } from '../testing/frame'
import { seededRandom } from '../testing/seededRandom'

/**
 * The writers' fuzz: 20,000 messages from people who may write the plan (and a mentor, who may
 * not), mixing randomly mutated frames with updates the server must refuse although every byte
 * of them is valid — nesting thousands deep, spans of millions, huge and unknown attributes,
 * javascript: links, text beyond the limit per update, updates with gaps, writes under the
 * honest writer's client id, presence under her id — while she types a line every few
 * milliseconds. Then the server restarts: her every line is there, every plan opens and nothing
 * needs repair. The figures it prints are in the README ("How it works").
 */

const MESSAGES = 20_000
const ATTACKERS = 6

/** An update of a fresh doc (no dependencies) that puts `build`'s nodes first in the body. */
const freshUpdate = (build: (body: Y.XmlFragment) => void): Uint8Array => {
  const doc = new Y.Doc()
  build(doc.getXmlFragment(PLAN_BODY_FIELD))
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

const element = (
  name: string,
  attrs: Record<string, unknown>,
  children: (Y.XmlElement | Y.XmlText)[],
) => {
  const node = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string)
  node.insert(0, children)
  return node
}

const text = (value: string) => new Y.XmlText(value)

/** Valid Yjs, refused by the plan's limits: one of each kind, by `pick`. */
const hostileShapes: ((pick: (n: number) => number) => Uint8Array)[] = [
  // Nesting far beyond the limit, as one update.
  (pick) =>
    freshUpdate((body) => {
      let inner: Y.XmlElement = element('paragraph', {}, [text('deep')])
      for (let i = 0; i < 49 + pick(3000); i++) inner = element('blockquote', {}, [inner])
      body.insert(0, [inner])
    }),
  // Lists in lists.
  (pick) =>
    freshUpdate((body) => {
      let list: Y.XmlElement = element('bulletList', {}, [
        element('listItem', {}, [element('paragraph', {}, [text('item')])]),
      ])
      for (let i = 0; i < 25 + pick(500); i++) {
        list = element('bulletList', {}, [element('listItem', {}, [list])])
      }
      body.insert(0, [list])
    }),
  // Table spans of millions.
  (pick) =>
    freshUpdate((body) => {
      const span = [1_000_000, 2 ** 31, 65, 1001][pick(4)] ?? 1_000_000
      const cell = element('tableCell', { colspan: span, rowspan: span }, [
        element('paragraph', {}, [text('cell')]),
      ])
      body.insert(0, [element('table', {}, [element('tableRow', {}, [cell])])])
    }),
  // Attribute values out of range, of the wrong type, unknown, or huge.
  (pick) =>
    freshUpdate((body) => {
      const attrs = [
        { level: 1_000_000_000 },
        { level: 'h1' },
        { onclick: 'x'.repeat(50_000) },
        { level: 2, style: 'position:fixed' },
      ][pick(4)] as Record<string, unknown>
      body.insert(0, [element('heading', attrs, [text('title')])])
    }),
  (pick) =>
    freshUpdate((body) => {
      const language = ['x'.repeat(20_000), 'javascript:alert(1)', 42][pick(3)]
      body.insert(0, [element('codeBlock', { language }, [text('code')])])
    }),
  // Links to what no plan may link to.
  (pick) =>
    freshUpdate((body) => {
      const content = text('click me')
      const href = ['javascript:alert(1)', 'data:text/html,x', `https://x/${'a'.repeat(5000)}`][
        pick(3)
      ]
      body.insert(0, [element('paragraph', {}, [content])])
      content.format(0, 5, { link: { href } })
    }),
]

describe('fuzzing with valid but hostile content', () => {
  it(`keeps every honest line through ${MESSAGES} hostile messages and a restart`, async () => {
    const test = await startTestServer({
      messagesPerSecond: 100_000,
      messageBurst: 100_000,
      // Statistics and versions run during the fuzz, as they would for a busy plan.
      statsQuietMs: 200,
      versionQuietMs: 500,
      versionMinIntervalMs: 1_000,
      compactEveryUpdates: 200,
    })
    const plans = test.server.course.listPlans()
    const plan = plans.find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no plan')
    const ama = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate))
    const witness = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.admin))
    await Promise.all([ama.synced, witness.synced])
    const next = seededRandom(20261207)
    const pick = (n: number) => Math.floor(next() * n)
    const tokens = [test.tokenFor(DEMO.ghanaDelegate2), test.tokenFor(DEMO.mentorKim)]

    /** One message of the mix. */
    const hostile = (): Uint8Array => {
      const kind = pick(100)
      if (kind < 40) {
        const shape = hostileShapes[pick(hostileShapes.length)] as (typeof hostileShapes)[0]
        return syncUpdate(shape(pick))
      }
      if (kind < 50) {
        // A gap: the second of two updates, the first never sent.
        const doc = new Y.Doc()
        const body = doc.getXmlFragment(PLAN_BODY_FIELD)
        body.insert(0, [element('paragraph', {}, [text('never sent')])])
        const middle = Y.encodeStateVector(doc)
        body.insert(1, [element('paragraph', {}, [text('after the gap')])])
        return syncUpdate(Y.encodeStateAsUpdate(doc, middle))
      }
      if (kind < 53) {
        // Ama's next clocks under her id.
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(ama.doc))
        doc.clientID = ama.doc.clientID
        const before = Y.encodeStateVector(doc)
        doc.getXmlFragment(PLAN_BODY_FIELD).insert(0, [element('paragraph', {}, [text('forged')])])
        return syncUpdate(Y.encodeStateAsUpdate(doc, before))
      }
      if (kind < 58) {
        // Presence under Ama's id.
        return frame(MessageType.Awareness, (encoder) => {
          const inner = encoding.createEncoder()
          encoding.writeVarUint(inner, 1)
          encoding.writeVarUint(inner, ama.doc.clientID)
          encoding.writeVarUint(inner, 1_000_000 + pick(1000))
          encoding.writeVarString(inner, '{"cursor":{"anchor":1},"user":{"name":"Ama"}}')
          encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
        })
      }
      if (kind < 59 && pick(20) === 0) {
        // Text beyond what one update may add.
        return syncUpdate(
          freshUpdate((body) =>
            body.insert(0, [element('paragraph', {}, [text('t'.repeat(2_100_000))])]),
          ),
        )
      }
      // A valid update mutated at random.
      const bytes = Uint8Array.from(
        syncUpdate(hostileShapes[pick(hostileShapes.length)]?.(() => 0) ?? new Uint8Array()),
      )
      switch (pick(4)) {
        case 0:
          for (let i = 0; i < 1 + pick(4); i++) bytes[pick(bytes.length)] = pick(256)
          return bytes
        case 1:
          return bytes.slice(0, pick(bytes.length))
        case 2:
          return Uint8Array.from([
            ...bytes,
            ...Array.from({ length: 1 + pick(32) }, () => pick(256)),
          ])
        default:
          return frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc()))
      }
    }

    const closes = new Map<number, number>()
    let sent = 0
    let written = 0
    const started = Date.now()
    const typing = setInterval(() => ama.appendParagraph(`Honest line ${written++}`), 20)
    /**
     * After each hostile message, a query for everyone's presence, which the server answers
     * with an awareness message (the attackers' own presence claims are refused, so no other
     * awareness reaches them): once it arrives, the message sent before it was handled; or the
     * socket closes for it. Either way it counts.
     */
    const probe = frame(MessageType.QueryAwareness, () => {})
    const attack = async (attacker: number): Promise<void> => {
      let socket: RawSocketResult | null = null
      let answered: (() => void) | null = null
      while (sent < MESSAGES) {
        if (!socket || socket.socket?.readyState !== 1) {
          const token = tokens[attacker % tokens.length] as string
          socket = await openRawSocket(`${test.collabUrl}/${plan.id}?coplan=1&token=${token}`)
          if (socket.status !== 101) throw new Error(`upgrade refused: ${socket.status}`)
          socket.socket?.on('message', (data: Buffer) => {
            if (data[0] === MessageType.Awareness) answered?.()
          })
        }
        const current = socket
        const probed = new Promise<null>((resolve) => (answered = () => resolve(null)))
        current.socket?.send(hostile())
        current.socket?.send(probe)
        sent++
        const code = await Promise.race([current.closed, probed])
        answered = null
        if (typeof code === 'number') closes.set(code, (closes.get(code) ?? 0) + 1)
      }
      socket?.socket?.close()
    }
    await Promise.all(Array.from({ length: ATTACKERS }, (_, i) => attack(i)))
    clearInterval(typing)
    const seconds = (Date.now() - started) / 1000

    expect((await fetch(`${test.url}/api/health`)).status).toBe(200)
    const lines = Array.from({ length: written }, (_, i) => `Honest line ${i}`)
    await vi.waitFor(() => expect(witness.text()).toContain(lines.at(-1)), { timeout: 20_000 })
    for (const line of lines) expect(witness.text()).toContain(line)
    expect(witness.text()).not.toMatch(/forged|after the gap/)
    console.log(
      `Writers' fuzz: ${sent} messages from ${ATTACKERS} sockets in ${seconds.toFixed(1)} s while ` +
        `${written} honest lines were typed; closes by code: ${JSON.stringify(Object.fromEntries(closes))}`,
    )

    // A restart stores and compacts everything; then every plan opens, with every honest line.
    const again = await test.restart()
    for (const each of plans) {
      const reader = connectClient(again.collabUrl, each.id, again.tokenFor(DEMO.admin))
      await reader.synced
      const room = await again.server.registry.open(each.id)
      expect(() => planDocToJSON(room.doc)).not.toThrow()
      if (each.id === plan.id) for (const line of lines) expect(reader.text()).toContain(line)
    }
    await again.server.close()
    const check = await runAdminCli(again.dataDir, 'check-plans')
    expect(check.stderr).toBe('')
    expect(check.code).toBe(0)
  }, 900_000)
})
