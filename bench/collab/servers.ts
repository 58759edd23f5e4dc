import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPlanTemplate, planUpdateFromJSON } from '@coplan/schema'
import { writeCoplanDataDir } from './coplanDataDir'
import type { Dialect } from './dialect'
import { waitForHocuspocusDocuments } from './hocuspocusStored'
import { freePort, repoRoot, startProcess, stopProcess } from './processes'
import { seedAll } from './seedPeer'

const here = path.dirname(fileURLToPath(import.meta.url))

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
  /** The server's current process; a restart changes it. */
  readonly pid: number
  plans: PreparedPlan[]
  /**
   * Stops the server (SIGTERM: servers store what they hold) and starts it again on the same
   * data, so no document is loaded. `nodeArgs` (e.g. `--cpu-prof`) apply to this start only.
   */
  restart(options?: { nodeArgs?: string[] }): Promise<void>
  stop(): Promise<void>
}

export const SERVER_KINDS = ['coplan', 'null-relay', 'y-websocket', 'hocuspocus'] as const
export type ServerKind = (typeof SERVER_KINDS)[number]

export interface BenchServerOptions {
  plans: number
  /** Coplan gets one person and access token per client. */
  clientsPerPlan: number
  /** Every plan's starting state; the plan template when absent. */
  planState?: Uint8Array
  /** Added to the server's environment, e.g. Coplan's `IDLE_UNLOAD_SECONDS`. */
  env?: Record<string, string>
  /** Peers: plans seeded over their protocol at once (1: one after the other). */
  seedConcurrency?: number
}

/** A running server process, restartable on the same data. `base` is its websocket origin. */
interface Running {
  child: ChildProcess
  base: string
}

interface Supervised {
  readonly pid: number
  readonly base: string
  restart(options?: { nodeArgs?: string[] }): Promise<void>
  stop(): Promise<void>
}

const supervise = async (
  launch: (nodeArgs: string[]) => Promise<Running>,
  dataDir: string | null,
): Promise<Supervised> => {
  let running = await launch([])
  return {
    get pid() {
      return running.child.pid as number
    },
    get base() {
      return running.base
    },
    restart: async ({ nodeArgs = [] } = {}) => {
      await stopProcess(running.child)
      running = await launch(nodeArgs)
    },
    stop: async () => {
      await stopProcess(running.child)
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

const asBenchServer = (
  name: string,
  dialect: Dialect,
  plans: PreparedPlan[],
  proc: Supervised,
): BenchServer => ({
  name,
  dialect,
  plans,
  get pid() {
    return proc.pid
  },
  restart: (options) => proc.restart(options),
  stop: () => proc.stop(),
})

const templateState = (): Uint8Array => planUpdateFromJSON(createPlanTemplate('Benchmark plan'))

/** Coplan as in production: authentication and SQLite persistence on, one delegate per client. */
const startCoplan = async (options: BenchServerOptions): Promise<BenchServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-bench-'))
  const prepared = writeCoplanDataDir(dataDir, options)
  const proc = await supervise(async (nodeArgs) => {
    const { child, match } = await startProcess(
      ['--import', 'tsx', 'apps/server/src/main.ts'],
      { ...options.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, COPLAN_DEMO: '0' },
      /Coplan listening on http:\/\/(\S+)/,
      nodeArgs,
    )
    return { child, base: `ws://${match[1]}` }
  }, dataDir)
  const plans = prepared.map((plan) => ({
    documentName: plan.id,
    baseState: plan.baseState,
    // Coplan's own messages (acknowledgements, notices), as the web app asks for them.
    url: (client: number) => `${proc.base}/collab/${plan.id}?token=${plan.tokens[client]}&coplan=1`,
    token: (client: number) => plan.tokens[client] as string,
  }))
  return asBenchServer('Coplan', 'y-websocket', plans, proc)
}

/** The floor: a relay without documents (see nullRelay.ts). */
const startNullRelay = async (options: BenchServerOptions): Promise<BenchServer> => {
  const proc = await supervise(async (nodeArgs) => {
    const { child, match } = await startProcess(
      ['--import', 'tsx', path.join(here, 'nullRelay.ts')],
      { ...options.env, PORT: '0' },
      /listening on (\d+)/,
      nodeArgs,
    )
    return { child, base: `ws://127.0.0.1:${match[1]}` }
  }, null)
  const base = options.planState ?? templateState()
  const plans = Array.from({ length: options.plans }, (_, p) => ({
    documentName: `plan-${p}`,
    baseState: base,
    url: () => `${proc.base}/plan-${p}`,
    token: () => '',
  }))
  return asBenchServer('null relay', 'y-websocket', plans, proc)
}

/** The y-websocket reference server (y-websocket@2 bin/server.cjs) with LevelDB persistence. */
const startYWebsocket = async (options: BenchServerOptions): Promise<BenchServer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yws-bench-'))
  const bin = path.join(repoRoot, 'bench/node_modules/y-websocket/bin/server.cjs')
  const proc = await supervise(async (nodeArgs) => {
    const port = await freePort()
    const { child } = await startProcess(
      [bin],
      { ...options.env, PORT: String(port), HOST: '127.0.0.1', YPERSISTENCE: dir },
      /running at/,
      nodeArgs,
    )
    return { child, base: `ws://127.0.0.1:${port}` }
  }, dir)
  const base = options.planState ?? templateState()
  const plans = Array.from({ length: options.plans }, (_, p) => ({
    documentName: `plan-${p}`,
    baseState: base,
    url: () => `${proc.base}/plan-${p}`,
    token: () => '',
  }))
  await seedAll(plans, 'y-websocket', options.seedConcurrency ?? 1)
  return asBenchServer('y-websocket server', 'y-websocket', plans, proc)
}

/** Hocuspocus 3 with its SQLite extension (see hocuspocusServer.ts). */
const startHocuspocus = async (options: BenchServerOptions): Promise<BenchServer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hocuspocus-bench-'))
  const proc = await supervise(async (nodeArgs) => {
    const port = await freePort()
    const { child } = await startProcess(
      ['--import', 'tsx', path.join(here, 'hocuspocusServer.ts')],
      { ...options.env, PORT: String(port), DATABASE: path.join(dir, 'db.sqlite') },
      /listening on/,
      nodeArgs,
    )
    return { child, base: `ws://127.0.0.1:${port}` }
  }, dir)
  const base = options.planState ?? templateState()
  const plans = Array.from({ length: options.plans }, (_, p) => ({
    documentName: `plan-${p}`,
    baseState: base,
    url: () => proc.base,
    token: () => 'bench',
  }))
  await seedAll(plans, 'hocuspocus', options.seedConcurrency ?? 1)
  const file = path.join(dir, 'db.sqlite')
  const names = plans.map((plan) => plan.documentName)
  // Now and then Hocuspocus drops a store made as its only client leaves; seed once more then.
  await waitForHocuspocusDocuments(file, names, 15_000).catch(async () => {
    await seedAll(plans, 'hocuspocus', options.seedConcurrency ?? 1)
    await waitForHocuspocusDocuments(file, names)
  })
  return asBenchServer('Hocuspocus', 'hocuspocus', plans, proc)
}

/** Starts a server of `kind` with its plans ready (written before start, or seeded). */
export const launchBenchServer = (
  kind: ServerKind,
  options: BenchServerOptions,
): Promise<BenchServer> => {
  switch (kind) {
    case 'coplan':
      return startCoplan(options)
    case 'null-relay':
      return startNullRelay(options)
    case 'y-websocket':
      return startYWebsocket(options)
    case 'hocuspocus':
      return startHocuspocus(options)
  }
}
