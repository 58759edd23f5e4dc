/**
 * The server's own work per keystroke, without the network: one plan of the real server
 * (database, rooms, awareness) driven in-process by `--clients` connections that are plain
 * objects, each keystroke a real TipTap-shaped Yjs update followed by its caret, `--per-turn`
 * keystrokes per event-loop turn; `--history-clients N` first lets N other editors (Yjs client
 * ids: one per page load in real use) each add a paragraph, as a plan edited for weeks has had.
 * It reports CPU time per keystroke: decoding, applying,
 * storing (SQLite, one transaction per turn), encoding the relay and the acknowledgement;
 * everything but the socket writes, which the typing benchmarks measure. Deterministic enough
 * to compare two versions of the room code on a busy machine, which the socket benchmarks are
 * not.
 *
 *   node --import tsx bench/roomHotPath.bench.ts [--keystrokes 20000] [--clients 10]
 *     [--per-turn 1] [--history-clients 0] [--repeat 5]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as Y from 'yjs'
import { createServer } from '../apps/server/src/createServer'
import { createQuietLogger } from '../apps/server/src/logger'
import type { Connection } from '../apps/server/src/rooms/Connection'
import { makeTypingScript } from './collab/typingScript'

const { values } = parseArgs({
  options: {
    keystrokes: { type: 'string', default: '20000' },
    clients: { type: 'string', default: '10' },
    'per-turn': { type: 'string', default: '1' },
    'history-clients': { type: 'string', default: '0' },
    repeat: { type: 'string', default: '5' },
  },
})
const keystrokes = Number(values.keystrokes)
const clients = Number(values.clients)
const perTurn = Number(values['per-turn'])
const historyClients = Number(values['history-clients'])
const repeat = Number(values.repeat)

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** One run on a fresh server and data directory: CPU µs per keystroke. */
const run = async (): Promise<{ cpuUs: number; messagesOut: number }> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-hot-path-'))
  const server = createServer({ dataDir, logger: createQuietLogger() })
  try {
    const plan = server.course.listPlans()[0]
    if (!plan) throw new Error('The demo course has no plan')
    const users = server.users.list()
    const room = await server.registry.open(plan.id)
    let messagesOut = 0
    let typing = true
    const connections: Connection[] = Array.from({ length: clients }, (_, i) => ({
      id: `bench-${i}`,
      canWrite: true,
      readOnly: null,
      identity: { id: users[i % users.length]?.id, name: `Typist ${i}`, color: '#1f6feb' },
      send: (...messages) => {
        messagesOut += messages.length
      },
      close: (code, reason) => {
        // Closing at shutdown is expected; during the run it means the room refused something.
        if (typing) throw new Error(`The room closed a benchmark connection: ${code} ${reason}`)
      },
    }))
    for (const connection of connections) room.join(connection)
    for (let i = 0; i < historyClients; i++) {
      const visitor = new Y.Doc()
      Y.applyUpdate(visitor, Y.encodeStateAsUpdate(room.doc))
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(`An earlier edit, ${i}.`)])
      visitor.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
      Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(visitor, Y.encodeStateVector(room.doc)))
      visitor.destroy()
    }
    const base = Y.encodeStateAsUpdate(room.doc)
    const scripts = connections.map(() => makeTypingScript(base, Math.ceil(keystrokes / clients)))
    await nextTurn()
    messagesOut = 0
    const before = process.cpuUsage()
    for (let k = 0; k < keystrokes; k++) {
      const client = k % clients
      const script = scripts[client]
      const connection = connections[client]
      if (!script || !connection) throw new Error('No script for a client')
      const index = Math.floor(k / clients)
      room.receive(connection, script.keystrokes[index] as Uint8Array)
      room.receive(connection, script.carets[index] as Uint8Array)
      if ((k + 1) % perTurn === 0) await nextTurn()
    }
    await nextTurn()
    const cpu = process.cpuUsage(before)
    typing = false
    return { cpuUs: (cpu.user + cpu.system) / keystrokes, messagesOut }
  } finally {
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const results: number[] = []
for (let round = 0; round < repeat; round++) {
  const { cpuUs, messagesOut } = await run()
  results.push(cpuUs)
  process.stdout.write(
    `round ${round + 1}/${repeat}: ${cpuUs.toFixed(1)} µs CPU per keystroke (${messagesOut} messages handed to connections)\n`,
  )
}
const sorted = [...results].sort((a, b) => a - b)
process.stdout.write(
  `\nOne plan, ${clients} clients, ${keystrokes} keystrokes (each with its caret), ${perTurn} per turn, ${historyClients} earlier editors: ` +
    `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} µs CPU per keystroke, best ${sorted[0]?.toFixed(1)}\n` +
    `(${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n` +
    `Rerun: node --import tsx bench/roomHotPath.bench.ts --keystrokes ${keystrokes} --clients ${clients} --per-turn ${perTurn} --history-clients ${historyClients} --repeat ${repeat}\n`,
)
