import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createPlanTemplate, planUpdateFromJSON } from '@coplan/schema'
import { CredentialStore } from '../../apps/server/src/accounts/CredentialStore'
import { UserStore } from '../../apps/server/src/accounts/UserStore'
import { CourseStore } from '../../apps/server/src/course/CourseStore'
import { createPlan } from '../../apps/server/src/course/createPlan'
import { openDatabase } from '../../apps/server/src/database/openDatabase'
import { SqliteDocumentStore } from '../../apps/server/src/persistence/SqliteDocumentStore'
import type { Dialect } from './dialect'
import { frameFor, hocuspocusAuth } from './dialect'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')

/** One document of the benchmark, ready for its clients. */
export interface PreparedPlan {
  documentName: string
  /** The state the server holds before the run; typists fork it. */
  baseState: Uint8Array
  url: (client: number) => string
  token: (client: number) => string
}

export interface BenchServer {
  name: string
  dialect: Dialect
  pid: number
  plans: PreparedPlan[]
  stop(): Promise<void>
}

export type ServerKind = 'coplan' | 'null-relay' | 'y-websocket' | 'hocuspocus'

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Starts a process and resolves once its output matches `ready`, with that match. */
const startProcess = (
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = ready.exec(output)
      if (match) resolve({ child, match })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}:\n${output}`)))
  })

const stopProcess = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })

const templateState = (): Uint8Array => planUpdateFromJSON(createPlanTemplate('Benchmark plan'))

/** Uploads a document's starting state to a peer that keeps documents, then disconnects. */
const seed = async (
  url: string,
  dialect: Dialect,
  documentName: string,
  state: Uint8Array,
): Promise<void> => {
  const socket = new WebSocket(url)
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  if (dialect === 'hocuspocus') socket.send(hocuspocusAuth(documentName, 'bench'))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, state)
  socket.send(frameFor(dialect, documentName, encoding.toUint8Array(encoder)))
  // Give the server a moment to apply (and, for peers that debounce, to start storing) it.
  await new Promise((resolve) => setTimeout(resolve, 300))
  socket.close()
}

/** Coplan as in production: authentication and SQLite persistence on, one delegate per client. */
const startCoplan = async (plans: number, clientsPerPlan: number): Promise<BenchServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-bench-'))
  const db = openDatabase(dataDir)
  const course = new CourseStore(db)
  const users = new UserStore(db)
  const credentials = new CredentialStore(db, { sessionIdleMs: 86_400_000, invitationTtlMs: 1 })
  const store = new SqliteDocumentStore(db)
  course.setCourseName('Benchmark course')
  const prepared: { id: string; baseState: Uint8Array; tokens: string[] }[] = []
  db.transaction(() => {
    for (let p = 0; p < plans; p++) {
      const team = course.createTeam({ country: `Country ${p}`, countryCode: 'ZZ' })
      const plan = createPlan(course, { teamId: team.id, title: `Plan ${p}` })
      const tokens = Array.from({ length: clientsPerPlan }, (_, c) => {
        const user = users.create({
          email: `d${p}-${c}@bench.example`,
          name: `Delegate ${p}-${c}`,
          role: 'delegate',
          teamId: team.id,
        })
        return credentials.createAccessToken(user.id, 'bench').token
      })
      const stored = store.load(plan.id)
      prepared.push({
        id: plan.id,
        baseState: Y.mergeUpdates([stored.snapshot as Uint8Array, ...stored.updates]),
        tokens,
      })
    }
  })()
  db.close()
  const { child, match } = await startProcess(
    ['--import', 'tsx', 'apps/server/src/main.ts'],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, COPLAN_DEMO: '0' },
    /Coplan listening on http:\/\/(\S+)/,
  )
  const url = `ws://${match[1]}`
  return {
    name: 'Coplan',
    dialect: 'y-websocket',
    pid: child.pid as number,
    plans: prepared.map((plan) => ({
      documentName: plan.id,
      baseState: plan.baseState,
      url: (client) => `${url}/collab/${plan.id}?token=${plan.tokens[client]}`,
      token: (client) => plan.tokens[client] as string,
    })),
    stop: async () => {
      await stopProcess(child)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The floor: a relay without documents (see nullRelay.ts). */
const startNullRelay = async (plans: number): Promise<BenchServer> => {
  const { child, match } = await startProcess(
    ['--import', 'tsx', path.join(here, 'nullRelay.ts')],
    { PORT: '0' },
    /listening on (\d+)/,
  )
  const port = match[1]
  const base = templateState()
  return {
    name: 'null relay',
    dialect: 'y-websocket',
    pid: child.pid as number,
    plans: Array.from({ length: plans }, (_, p) => ({
      documentName: `plan-${p}`,
      baseState: base,
      url: () => `ws://127.0.0.1:${port}/plan-${p}`,
      token: () => '',
    })),
    stop: () => stopProcess(child),
  }
}

/** The y-websocket reference server (y-websocket@2 bin/server.cjs) with LevelDB persistence. */
const startYWebsocket = async (plans: number): Promise<BenchServer> => {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yws-bench-'))
  const bin = path.join(repoRoot, 'bench/node_modules/y-websocket/bin/server.cjs')
  const { child } = await startProcess(
    [bin],
    { PORT: String(port), HOST: '127.0.0.1', YPERSISTENCE: dir },
    /running at/,
  )
  const base = templateState()
  const prepared = Array.from({ length: plans }, (_, p) => ({
    documentName: `plan-${p}`,
    baseState: base,
    url: () => `ws://127.0.0.1:${port}/plan-${p}`,
    token: () => '',
  }))
  for (const plan of prepared) await seed(plan.url(), 'y-websocket', plan.documentName, base)
  return {
    name: 'y-websocket server',
    dialect: 'y-websocket',
    pid: child.pid as number,
    plans: prepared,
    stop: async () => {
      await stopProcess(child)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Hocuspocus 3 with its SQLite extension (see hocuspocusServer.ts). */
const startHocuspocus = async (plans: number): Promise<BenchServer> => {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hocuspocus-bench-'))
  const { child } = await startProcess(
    ['--import', 'tsx', path.join(here, 'hocuspocusServer.ts')],
    { PORT: String(port), DATABASE: path.join(dir, 'db.sqlite') },
    /listening on/,
  )
  const base = templateState()
  const prepared = Array.from({ length: plans }, (_, p) => ({
    documentName: `plan-${p}`,
    baseState: base,
    url: () => `ws://127.0.0.1:${port}`,
    token: () => 'bench',
  }))
  for (const plan of prepared) await seed(plan.url(), 'hocuspocus', plan.documentName, base)
  return {
    name: 'Hocuspocus',
    dialect: 'hocuspocus',
    pid: child.pid as number,
    plans: prepared,
    stop: async () => {
      await stopProcess(child)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const startBenchServer = (
  kind: ServerKind,
  plans: number,
  clientsPerPlan: number,
): Promise<BenchServer> => {
  switch (kind) {
    case 'coplan':
      return startCoplan(plans, clientsPerPlan)
    case 'null-relay':
      return startNullRelay(plans)
    case 'y-websocket':
      return startYWebsocket(plans)
    case 'hocuspocus':
      return startHocuspocus(plans)
  }
}
