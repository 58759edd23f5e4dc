import {
  CloseCode,
  MessageType,
  planLimitReason,
  readPersistedAck,
  type PlanLimitCode,
} from '@coplan/protocol'
import {
  PLAN_BODY_FIELD,
  PLAN_LIMITS,
  createPlanSchema,
  planDocToJSON,
  planStats,
} from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { BodyShape } from '../rooms/BodyShape'
import { repairBeyondLimits } from '../rooms/repairBeyondLimits'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { startTestServer } from '../testing/startTestServer'
import { syncUpdate } from '../testing/syncUpdate'
import { frame } from '../testing/frame'

const awarenessOf = (entries: { clientId: number; clock: number; state: string }[]) =>
  frame(MessageType.Awareness, (encoder) => {
    const inner = encoding.createEncoder()
    encoding.writeVarUint(inner, entries.length)
    for (const entry of entries) {
      encoding.writeVarUint(inner, entry.clientId)
      encoding.writeVarUint(inner, entry.clock)
      encoding.writeVarString(inner, entry.state)
    }
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  })

const setUp = async (overrides: Parameters<typeof startTestServer>[0] = {}) => {
  const test = await startTestServer(overrides)
  const plan = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('no plan')
  const good = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate))
  const witness = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate2))
  await Promise.all([good.synced, witness.synced])
  const raw = (email: string = DEMO.ghanaDelegate) =>
    openRawSocket(`${test.collabUrl}/${plan.id}?coplan=1&token=${test.tokenFor(email)}`)
  /** The good client can still write and be seen. */
  const stillWorks = async (text: string) => {
    good.appendParagraph(text)
    await vi.waitFor(() => expect(witness.text()).toContain(text))
  }
  return { ...test, plan, good, witness, raw, stillWorks }
}

describe('hostile input on the websocket', () => {
  it('closes a connection that floods messages, and only that one', async () => {
    const { raw, stillWorks } = await setUp({ messagesPerSecond: 50, messageBurst: 100 })
    const flooder = await raw()
    const query = frame(MessageType.QueryAwareness, () => {})
    for (let i = 0; i < 500; i++) flooder.socket?.send(query)
    expect(await flooder.closed).toBe(CloseCode.RateLimited)
    await stillWorks('After the flood.')
  })

  it('refuses one connection too many per person', async () => {
    const { raw, stillWorks } = await setUp({ connectionsPerUser: 3 })
    // The good client already holds one of Ama's three.
    const second = await raw()
    const third = await raw()
    const fourth = await raw()
    expect(await fourth.closed).toBe(CloseCode.TooManyConnections)
    expect(second.socket?.readyState).toBe(1)
    expect(third.socket?.readyState).toBe(1)
    third.socket?.close()
    await third.closed
    const again = await raw()
    expect(again.socket?.readyState).toBe(1)
    await stillWorks('Limits are per person.')
  })

  it('refuses an update that writes outside the plan body, storing nothing', async () => {
    const { raw, stillWorks, server, plan } = await setUp()
    const attacker = await raw()
    const evil = new Y.Doc()
    evil.getMap('settings').set('owner', 'attacker')
    attacker.socket?.send(
      frame(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(evil))),
    )
    expect(await attacker.closed).toBe(CloseCode.MalformedMessage)
    const room = await server.registry.open(plan.id)
    expect(room.doc.share.has('settings')).toBe(false)
    await stillWorks('The body alone.')
  })

  it.each([
    [
      'a map',
      (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, [new Y.Map()]),
    ],
    [
      'a subdocument',
      (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, [new Y.Doc()]),
    ],
    [
      'loose text',
      (body: Y.XmlFragment) => (body as unknown as Y.Array<unknown>).insert(0, ['loose']),
    ],
    [
      'a map in a paragraph',
      (body: Y.XmlFragment) => {
        const paragraph = new Y.XmlElement('paragraph')
        ;(paragraph as unknown as Y.Array<unknown>).insert(0, [new Y.Map()])
        body.insert(0, [paragraph])
      },
    ],
  ])(
    'refuses %s in the plan body, which no editor makes, and the plan stays readable',
    async (_, write) => {
      const { raw, stillWorks, server, plan } = await setUp()
      const attacker = await raw()
      const evil = new Y.Doc()
      write(evil.getXmlFragment('body'))
      attacker.socket?.send(
        frame(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(evil))),
      )
      expect(await attacker.closed).toBe(CloseCode.MalformedMessage)
      await stillWorks('Still a plan.')
      // Exports, versions and statistics read the body as ProseMirror JSON.
      const room = await server.registry.open(plan.id)
      expect(JSON.stringify(planDocToJSON(room.doc))).toContain('Still a plan.')
    },
  )

  it.each<[string, (body: Y.XmlFragment) => void]>([
    ['loose text', (body) => (body as unknown as Y.Array<unknown>).insert(1, ['LOOSE TEXT'])],
    ['a text node', (body) => body.insert(1, [new Y.XmlText('LOOSE TEXT')])],
    ['an element the editor lacks', (body) => body.insert(1, [new Y.XmlElement('script')])],
    [
      'a mark the editor lacks',
      (body) => {
        const [text] = body.createTreeWalker((node) => node instanceof Y.XmlText)
        ;(text as Y.XmlText).format(0, 3, { blink: {} })
      },
    ],
  ])(
    'refuses %s placed after what the plan has (the update names no parent), and nobody gets it',
    async (_, write) => {
      const { raw, stillWorks, server, plan, witness } = await setUp()
      const room = await server.registry.open(plan.id)
      const evil = new Y.Doc()
      Y.applyUpdate(evil, Y.encodeStateAsUpdate(room.doc))
      const before = Y.encodeStateVector(evil)
      write(evil.getXmlFragment(PLAN_BODY_FIELD))
      const attacker = await raw()
      attacker.socket?.send(
        frame(MessageType.Sync, (e) =>
          syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(evil, before)),
        ),
      )
      expect(await attacker.closed).toBe(CloseCode.MalformedMessage)
      await stillWorks('Still in shape.')
      // The editor's schema takes the plan as everyone has it, the server and the witness.
      for (const doc of [room.doc, witness.doc]) {
        const json = planDocToJSON(doc)
        expect(() => createPlanSchema().nodeFromJSON(json).check()).not.toThrow()
        expect(JSON.stringify(json)).not.toMatch(/LOOSE TEXT|"type":"(script|blink)"/)
      }
    },
  )

  it('refuses awareness that announces a crowd, and ignores claims on someone else’s caret', async () => {
    const { raw, good, witness, stillWorks } = await setUp()
    const crowd = await raw(DEMO.mentorKim)
    crowd.socket?.send(
      awarenessOf(
        Array.from({ length: 100_000 }, (_, i) => ({ clientId: i + 1, clock: 1, state: '{}' })),
      ),
    )
    expect(await crowd.closed).toBe(CloseCode.MalformedMessage)

    good.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await vi.waitFor(() =>
      expect(witness.provider.awareness.getStates().get(good.doc.clientID)).toBeDefined(),
    )
    const impostor = await raw(DEMO.mentorKim)
    impostor.socket?.send(awarenessOf([{ clientId: 999_999, clock: 1, state: '{"cursor":null}' }]))
    impostor.socket?.send(
      awarenessOf([
        { clientId: good.doc.clientID, clock: 999, state: '{"user":{"name":"Hijacked"}}' },
      ]),
    )
    await stillWorks('Carets are safe.')
    const state = witness.provider.awareness.getStates().get(good.doc.clientID)
    expect(state?.user).toMatchObject({ name: 'Ama Owusu' })
    // What the impostor announced for itself leaves with it.
    await vi.waitFor(() => expect(witness.provider.awareness.getStates().has(999_999)).toBe(true))
    impostor.socket?.close()
    await vi.waitFor(() => expect(witness.provider.awareness.getStates().has(999_999)).toBe(false))
  })

  it('acknowledges what it stored to the sender, and nothing to a read-only connection', async () => {
    const { raw } = await setUp()
    const acksOf = (messages: Uint8Array[]) =>
      messages.flatMap((m) => {
        const decoder = decoding.createDecoder(m)
        return decoding.readVarUint(decoder) === MessageType.PersistedAck
          ? [Y.decodeStateVector(readPersistedAck(decoder))]
          : []
      })
    const writer = await raw()
    const doc = new Y.Doc()
    doc.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
    writer.socket?.send(
      frame(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
    )
    await vi.waitFor(() => expect(acksOf(writer.messages)).toHaveLength(1))
    expect(acksOf(writer.messages)[0]?.get(doc.clientID)).toBe(1)

    const reader = await raw(DEMO.mentorKim)
    const other = new Y.Doc()
    other.getXmlFragment('body').insert(0, [new Y.XmlElement('paragraph')])
    reader.socket?.send(
      frame(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(other))),
    )
    reader.socket?.send(frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc())))
    await vi.waitFor(() => expect(reader.messages.length).toBeGreaterThan(2))
    expect(acksOf(reader.messages)).toEqual([])
  })
})

/** Puts `depth` blockquotes, one in the other, at the start of `parent`; returns the last. */
const quotesIn = (parent: Y.XmlFragment, depth: number): Y.XmlFragment => {
  for (let i = 0; i < depth; i++) {
    const quote = new Y.XmlElement('blockquote')
    parent.insert(0, [quote])
    parent = quote
  }
  return parent
}

const paragraphIn = (parent: Y.XmlFragment, text: string, index = 0): Y.XmlText => {
  const paragraph = new Y.XmlElement('paragraph')
  parent.insert(index, [paragraph])
  const content = new Y.XmlText(text)
  paragraph.insert(0, [content])
  return content
}

/** The innermost element along the first children of `body`. */
const innermost = (body: Y.XmlFragment): Y.XmlElement => {
  let at = body.get(0) as Y.XmlElement
  while (at.get(0) instanceof Y.XmlElement) at = at.get(0) as Y.XmlElement
  return at
}

/** A table at the end of `body` with one cell whose attribute `key` is `value`. */
const cellWith = (key: string, value: unknown) => (body: Y.XmlFragment) => {
  const table = new Y.XmlElement('table')
  body.push([table])
  const row = new Y.XmlElement('tableRow')
  table.insert(0, [row])
  const cell = new Y.XmlElement('tableCell')
  row.insert(0, [cell])
  cell.setAttribute(key, value as never)
  paragraphIn(cell, 'cell')
}

/** A new paragraph at the end of `body` whose element carries `key` = `value`. */
const elementWith = (name: string, key: string, value: unknown) => (body: Y.XmlFragment) => {
  const element = new Y.XmlElement(name)
  body.push([element])
  element.setAttribute(key, value as never)
  if (name === 'orderedList') {
    const item = new Y.XmlElement('listItem')
    element.insert(0, [item])
    paragraphIn(item, 'item')
  } else {
    element.insert(0, [new Y.XmlText('text')])
  }
}

/** A new paragraph at the end of `body` whose text carries the mark `name` with `attrs`. */
const markWith = (name: string, attrs: object) => (body: Y.XmlFragment) => {
  paragraphIn(body, 'marked', body.length).format(0, 6, { [name]: attrs })
}

/**
 * Each limit, as a writer would break it: the updates it sends (made on a copy of the plan),
 * the limit the close names, and a string that must appear nowhere in the stored plan.
 */
const LIMIT_CASES: [string, PlanLimitCode, (body: Y.XmlFragment) => void, string?][] = [
  [
    'one update of 3,000 nested blockquotes (67 KB, within every size and rate limit)',
    'depth',
    (body) => paragraphIn(quotesIn(body, 3000), 'HOSTILE-DEEP'),
    'HOSTILE-DEEP',
  ],
  [
    'lists in lists, 25 levels',
    'depth',
    (body) => {
      let parent: Y.XmlFragment = body
      for (let i = 0; i < 25; i++) {
        const list = new Y.XmlElement('bulletList')
        parent.insert(parent === body ? 0 : 1, [list])
        const item = new Y.XmlElement('listItem')
        list.insert(0, [item])
        paragraphIn(item, i === 24 ? 'HOSTILE-LIST' : `level ${i}`)
        parent = item
      }
    },
    'HOSTILE-LIST',
  ],
  ['a colspan of 1,000,000', 'attribute', cellWith('colspan', 1_000_000)],
  ['a rowspan of 1,000,000', 'attribute', cellWith('rowspan', 1_000_000)],
  [
    'a column wider than the limit',
    'attribute',
    cellWith('colwidth', [PLAN_LIMITS.maxColumnWidthPx + 1]),
  ],
  ['a heading level the editor lacks', 'attribute', elementWith('heading', 'level', 7)],
  [
    'a list starting beyond the limit',
    'attribute',
    elementWith('orderedList', 'start', PLAN_LIMITS.maxListStart + 1),
  ],
  [
    'a code block language of 1,000 characters',
    'attribute',
    elementWith('codeBlock', 'language', 'HOSTILE-LANG'.repeat(100)),
    'HOSTILE-LANG',
  ],
  [
    'an attribute the editor lacks',
    'attribute',
    // Its name stays in the deleted item (as Yjs keeps every key written), its value does not.
    elementWith('paragraph', 'onhostile', 'HOSTILE-ATTR'),
    'HOSTILE-ATTR',
  ],
  [
    'a javascript: link',
    'attribute',
    markWith('link', { href: 'javascript:alert("HOSTILE-LINK")' }),
    'HOSTILE-LINK',
  ],
  [
    'a link title of 10,000 characters',
    'attribute',
    markWith('link', { href: 'https://www.gov.kr', title: 'HOSTILE-TITLE'.repeat(800) }),
    'HOSTILE-TITLE',
  ],
  [
    'a mark with attributes it lacks',
    'attribute',
    markWith('bold', { weight: 'HOSTILE-BOLD' }),
    'HOSTILE-BOLD',
  ],
  [
    'more text in one update than one may add',
    'text',
    (body) => paragraphIn(body, `HOSTILE-TEXT${'x'.repeat(PLAN_LIMITS.maxTextPerUpdate)}`),
    'HOSTILE-TEXT',
  ],
]

describe('limits of a plan, from outside', () => {
  const shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)

  /** A writer's copy of the plan as the server has it; `write` returns the update it makes. */
  const writerOf = async (test: Awaited<ReturnType<typeof setUp>>) => {
    const room = await test.server.registry.open(test.plan.id)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
    const body = doc.getXmlFragment(PLAN_BODY_FIELD)
    return (change: (body: Y.XmlFragment) => void): Uint8Array => {
      const before = Y.encodeStateVector(doc)
      doc.transact(() => change(body))
      return Y.encodeStateAsUpdate(doc, before)
    }
  }

  /**
   * After a refusal: the others carry on; the server restarts with nothing beyond the limits
   * stored (nor `trace` anywhere in the plan's bytes); the others carry on again.
   */
  const nothingKept = async (test: Awaited<ReturnType<typeof setUp>>, trace?: string) => {
    await test.stillWorks('After the refusal.')
    const restarted = await test.restart()
    const room = await restarted.server.registry.open(test.plan.id)
    const stored = Y.encodeStateAsUpdate(room.doc)
    if (trace) expect(Buffer.from(stored).includes(trace)).toBe(false)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, stored)
    expect(repairBeyondLimits(copy, shape)).toEqual({ shape: 0, depth: 0, attribute: 0 })
    expect(JSON.stringify(planDocToJSON(room.doc))).toContain('After the refusal.')
    await test.stillWorks('After the restart.')
  }

  it.each(LIMIT_CASES)(
    'refuses %s: its sender alone is closed, naming the limit, and nothing of it is kept',
    async (_, limit, change, trace) => {
      const test = await setUp()
      const write = await writerOf(test)
      const attacker = await test.raw()
      attacker.socket?.send(syncUpdate(write(change)))
      expect(await attacker.closedWith).toEqual({
        code: CloseCode.ContentRefused,
        reason: planLimitReason(limit),
      })
      await nothingKept(test, trace)
    },
  )

  it('refuses nesting split over two updates sent together, the first within the limit', async () => {
    const test = await setUp()
    const write = await writerOf(test)
    const first = write((body) => quotesIn(body, 40))
    const second = write((body) => paragraphIn(quotesIn(innermost(body), 10), 'HOSTILE-SPLIT'))
    const attacker = await test.raw()
    attacker.socket?.send(syncUpdate(first))
    attacker.socket?.send(syncUpdate(second))
    expect(await attacker.closedWith).toEqual({
      code: CloseCode.ContentRefused,
      reason: planLimitReason('depth'),
    })
    await nothingKept(test, 'HOSTILE-SPLIT')
  })

  it('takes out, without recursing, a chain 8,000 deep sent in 40-level pieces, deepest first, so none finds what it builds on', async () => {
    const test = await setUp()
    const write = await writerOf(test)
    // Each within the depth limit on its own, and its parent not sent yet when it arrives:
    // only once the last comes in do they make 8,000 levels together, deep enough that Yjs's
    // own deletion of them would overflow the stack.
    const pieces = Array.from({ length: 200 }, (_, i) =>
      write((body) => {
        const last = quotesIn(i === 0 ? body : innermost(body), 40)
        if (i === 199) paragraphIn(last, 'HOSTILE-PIECES')
      }),
    )
    const attacker = await test.raw()
    for (const piece of pieces.reverse()) attacker.socket?.send(syncUpdate(piece))
    expect(await attacker.closedWith).toEqual({
      code: CloseCode.ContentRefused,
      reason: planLimitReason('depth'),
    })
    await nothingKept(test, 'HOSTILE-PIECES')
  })

  it('closes whoever sent nesting held aside over several turns, once what it builds on comes', async () => {
    const test = await setUp()
    const write = await writerOf(test)
    const base = write((body) => quotesIn(body, 1))
    const pieces = [30, 30].map((depth, i) =>
      write((body) => {
        const last = quotesIn(innermost(body), depth)
        if (i === 1) paragraphIn(last, 'HOSTILE-HELD')
      }),
    )
    const attacker = await test.raw()
    const askState = frame(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, new Y.Doc()))
    for (const piece of pieces) {
      // Each in a turn of its own (the server answers the state question after applying it),
      // where Yjs holds it aside: what it builds on has not come.
      const answers = attacker.messages.length
      attacker.socket?.send(syncUpdate(piece))
      attacker.socket?.send(askState)
      await vi.waitFor(() => expect(attacker.messages.length).toBeGreaterThan(answers))
    }
    attacker.socket?.send(syncUpdate(base))
    expect(await attacker.closedWith).toEqual({
      code: CloseCode.ContentRefused,
      reason: planLimitReason('depth'),
    })
    await nothingKept(test, 'HOSTILE-HELD')
  })

  it('reads, counts, versions and exports a plan stored with 3,000 nested blockquotes', async () => {
    const { server, url, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no plan')
    // Written below the room, as a plan stored before the limit was kept.
    const writer = new Y.Doc()
    const { snapshot, updates } = new SqliteDocumentStore(server.database).load(plan.id)
    for (const update of [...(snapshot ? [snapshot] : []), ...updates])
      Y.applyUpdate(writer, update)
    const before = Y.encodeStateVector(writer)
    paragraphIn(quotesIn(writer.getXmlFragment(PLAN_BODY_FIELD), 3000), 'deep')
    new SqliteDocumentStore(server.database).append(plan.id, [
      Y.encodeStateAsUpdate(writer, before),
    ])

    const room = await server.registry.open(plan.id)
    const json = planDocToJSON(room.doc)
    expect(json.content?.length).toBeGreaterThan(1)
    expect(planStats(json).words).toBeGreaterThan(0)
    // What the statistics timer runs: it crashed the whole server.
    server.versions.refreshStats(plan.id)
    const headers = { authorization: `Bearer ${tokenFor(DEMO.ghanaDelegate)}` }
    const saved = await fetch(`${url}/api/plans/${plan.id}/versions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Deep' }),
    })
    expect(saved.status).toBe(201)
    const { version } = (await saved.json()) as { version: { id: string } }
    const opened = await fetch(`${url}/api/plans/${plan.id}/versions/${version.id}`, { headers })
    expect(opened.status).toBe(200)
    const exported = await fetch(`${url}/api/plans/${plan.id}/export?format=md`, { headers })
    expect(exported.status).toBe(200)
    expect(await exported.text()).not.toContain('deep')
    const health = await fetch(`${url}/api/health`)
    expect(health.status).toBe(200)
  })

  it('repairs a plan stored beyond the limits when it loads: no client ever receives what is beyond', async () => {
    const test = await startTestServer()
    const plan = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no plan')
    // Written below the room, as a plan stored before the limits were kept.
    const store = new SqliteDocumentStore(test.server.database)
    const writer = new Y.Doc()
    const { snapshot, updates } = store.load(plan.id)
    for (const update of [...(snapshot ? [snapshot] : []), ...updates])
      Y.applyUpdate(writer, update)
    const before = Y.encodeStateVector(writer)
    const body = writer.getXmlFragment(PLAN_BODY_FIELD)
    paragraphIn(quotesIn(body, 3000), 'TOO-DEEP')
    const cell = new Y.XmlElement('tableCell')
    cell.setAttribute('colspan', 1_000_000 as unknown as string)
    const cellText = new Y.XmlElement('paragraph')
    cellText.insert(0, [new Y.XmlText('wide cell')])
    cell.insert(0, [cellText])
    const row = new Y.XmlElement('tableRow')
    row.insert(0, [cell])
    const table = new Y.XmlElement('table')
    table.insert(0, [row])
    body.insert(0, [table])
    store.append(plan.id, [Y.encodeStateAsUpdate(writer, before)])

    const reader = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.mentorKim))
    await reader.synced
    // The deepest element the reader holds, walked without recursion.
    let deepest = 0
    const stack: [Y.XmlElement | Y.XmlFragment, number][] = [[reader.body, 0]]
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [Y.XmlElement | Y.XmlFragment, number]
      deepest = Math.max(deepest, depth)
      for (const child of node.toArray()) {
        if (child instanceof Y.XmlElement) stack.push([child, depth + 1])
      }
    }
    expect(deepest).toBeLessThanOrEqual(PLAN_LIMITS.maxDepth)
    expect(JSON.stringify(reader.body.toJSON())).not.toContain('TOO-DEEP')
    expect(JSON.stringify(reader.body.toJSON())).toContain('wide cell')
    expect(JSON.stringify(reader.body.toJSON())).not.toContain('1000000')
    // And stored repaired: loaded again, there is nothing left to take out.
    const again = await test.restart()
    const stored = new SqliteDocumentStore(again.server.database).load(plan.id)
    const reloaded = new Y.Doc()
    for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates])
      Y.applyUpdate(reloaded, update)
    const shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)
    expect(repairBeyondLimits(reloaded, shape)).toEqual({ shape: 0, depth: 0, attribute: 0 })
  })
})
