import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { MAX_LOAD_P99_MS, searchMaxLoad } from './collab/maxLoad'
import type { Column, Row } from './collab/resultTable'
import { markdownTable, median, ratiosToCoplan } from './collab/resultTable'
import { SERVER_KINDS } from './collab/servers'
import type { ServerKind } from './collab/servers'
import type { TypingLoad, TypingResult } from './collab/typingLoad'
import { runTypingLoad } from './collab/typingLoad'

/**
 * `npm run bench` runs every benchmark of bench/README.md in turn; `--scenario NAME` runs one:
 * many-plans | busy-plan | max-load (typing, here) or cold-load | idle | browser | bundle | export |
 * export-typing | room (their own scripts, which take their own options after the scenario).
 */
const { values } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    scenario: { type: 'string', default: 'all' },
    servers: { type: 'string', default: 'coplan,null-relay,y-websocket,hocuspocus' },
    plans: { type: 'string' },
    clients: { type: 'string' },
    typists: { type: 'string' },
    rate: { type: 'string' },
    seconds: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    steps: { type: 'string', default: '30,60,90,120,150,180,210,240' },
  },
})
const option = (name: string): string | undefined => {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

const TYPING: Record<string, TypingLoad> = {
  // 60 plans × 10 clients, each typing 5 keystrokes a second: 3,000 in, 27,000 deliveries out.
  'many-plans': {
    plans: 60,
    clientsPerPlan: 10,
    typistsPerPlan: 10,
    keystrokesPerSecond: 5,
    seconds: 15,
  },
  // A plenary: one plan, 300 clients, 20 of them typing 12.5 keystrokes a second (250 in all).
  'busy-plan': {
    plans: 1,
    clientsPerPlan: 300,
    typistsPerPlan: 20,
    keystrokesPerSecond: 12.5,
    seconds: 15,
  },
  // The many-plans load per plan, with more and more plans.
  'max-load': {
    plans: 0,
    clientsPerPlan: 10,
    typistsPerPlan: 10,
    keystrokesPerSecond: 5,
    seconds: 10,
  },
}
/** Benchmarks with scripts of their own. */
const SCRIPTS: Record<string, string> = {
  'cold-load': 'bench/coldLoad.bench.ts',
  idle: 'bench/idle.bench.ts',
  browser: 'bench/browser.bench.ts',
  bundle: 'bench/bundleSize.ts',
  export: 'bench/export.bench.ts',
  'export-typing': 'bench/exportTyping.bench.ts',
  room: 'bench/roomHotPath.bench.ts',
}

const kinds = (option('servers') ?? '').split(',') as ServerKind[]
const unknownKind = kinds.find((kind) => !SERVER_KINDS.includes(kind))
if (unknownKind !== undefined) {
  process.stderr.write(
    `Unknown server "${unknownKind}"; the servers are ${SERVER_KINDS.join(', ')}\n`,
  )
  process.exit(2)
}
const repeat = Number(option('repeat'))

const loadFor = (scenario: string): TypingLoad => {
  const base = TYPING[scenario] as TypingLoad
  return {
    plans: Number(option('plans') ?? base.plans),
    clientsPerPlan: Number(option('clients') ?? base.clientsPerPlan),
    typistsPerPlan: Number(option('typists') ?? option('clients') ?? base.typistsPerPlan),
    keystrokesPerSecond: Number(option('rate') ?? base.keystrokesPerSecond),
    seconds: Number(option('seconds') ?? base.seconds),
  }
}

const TYPING_COLUMNS: { column: Column; pick: (result: TypingResult) => number }[] = [
  { column: { title: 'connect+sync ms', digits: 0 }, pick: (r) => r.connectMs },
  { column: { title: 'p50 ms', digits: 1 }, pick: (r) => r.p50 },
  { column: { title: 'p95 ms', digits: 1 }, pick: (r) => r.p95 },
  { column: { title: 'p99 ms', digits: 1, ratio: true }, pick: (r) => r.p99 },
  { column: { title: 'max ms', digits: 0 }, pick: (r) => r.max },
  { column: { title: 'missing', digits: 0 }, pick: (r) => r.missing },
  { column: { title: 'peak MB', digits: 0 }, pick: (r) => r.serverPeakMb },
  { column: { title: 'CPU µs/delivery', digits: 2, ratio: true }, pick: (r) => r.cpuPerDeliveryUs },
  { column: { title: 'of it kernel µs', digits: 2 }, pick: (r) => r.kernelPerDeliveryUs },
  { column: { title: 'generator CPU %', digits: 0 }, pick: (r) => r.generatorCpu * 100 },
]

const runTyping = async (scenario: string): Promise<void> => {
  const load = loadFor(scenario)
  const results = new Map<ServerKind, TypingResult[]>()
  for (let round = 0; round < repeat; round++) {
    for (const kind of kinds) {
      process.stderr.write(`${scenario} round ${round + 1}/${repeat}: ${kind}…\n`)
      results.set(kind, [...(results.get(kind) ?? []), await runTypingLoad(kind, load)])
    }
  }
  const columns = TYPING_COLUMNS.map(({ column }) => column)
  const rows: Row[] = kinds.map((kind) => {
    const runs = results.get(kind) ?? []
    return {
      name: runs[0]?.server ?? kind,
      values: TYPING_COLUMNS.map(({ pick }) => median(runs.map(pick))),
    }
  })
  console.log(
    `\n${scenario}: ${load.plans} plans × ${load.clientsPerPlan} clients (${load.typistsPerPlan} typing ${load.keystrokesPerSecond}/s) for ${load.seconds} s, median of ${repeat}\n`,
  )
  console.log(markdownTable(columns, rows))
  console.log(ratiosToCoplan(columns, rows))
  console.log(
    `\nRerun: npm run bench -- --scenario ${scenario} --servers ${kinds.join(',')} --plans ${load.plans} --clients ${load.clientsPerPlan} --typists ${load.typistsPerPlan} --rate ${load.keystrokesPerSecond} --seconds ${load.seconds} --repeat ${repeat}`,
  )
}

const NAMES: Record<ServerKind, string> = {
  coplan: 'Coplan',
  'null-relay': 'null relay',
  'y-websocket': 'y-websocket server',
  hocuspocus: 'Hocuspocus',
}

const runMaxLoad = async (): Promise<void> => {
  const load = loadFor('max-load')
  const steps = (option('steps') ?? '').split(',').map(Number)
  const outcome = await searchMaxLoad({
    kinds,
    steps,
    load,
    repeat,
    onResult: (kind, plans, result) =>
      process.stderr.write(
        `max-load ${plans} plans, ${kind}: p99 ${result.p99.toFixed(1)} ms, missing ${result.missing}, CPU ${result.cpuPerDeliveryUs.toFixed(1)} µs/delivery, generator ${(result.generatorCpu * 100).toFixed(0)}%\n`,
      ),
  })
  const perPlan = load.clientsPerPlan * load.keystrokesPerSecond
  console.log(
    `\nmax-load: plans of ${load.clientsPerPlan} clients (${load.typistsPerPlan} typing ${load.keystrokesPerSecond}/s), ${load.seconds} s per step, median of ${repeat}; held = p99 ≤ ${MAX_LOAD_P99_MS} ms and nothing missing\n`,
  )
  const columns: Column[] = outcome.steps.map((step) => ({
    title: `${step.plans} plans p99 ms`,
    digits: 1,
  }))
  const rows: Row[] = kinds.map((kind) => ({
    name: NAMES[kind],
    values: outcome.steps.map((step) => {
      const result = step.results.get(kind)
      if (!result) return Number.NaN
      return result.missing > 0 ? Number.POSITIVE_INFINITY : result.p99
    }),
  }))
  console.log(markdownTable(columns, rows))
  console.log('\nHighest load held (plans, keystrokes/s in):')
  for (const kind of kinds) {
    const plans = outcome.held.get(kind) ?? 0
    console.log(`  ${NAMES[kind]}: ${plans} plans, ${(plans * perPlan).toLocaleString('en-US')}/s`)
  }
  const coplan = outcome.held.get('coplan') ?? 0
  const peers = kinds.filter((kind) => kind === 'y-websocket' || kind === 'hocuspocus')
  const best = Math.max(0, ...peers.map((kind) => outcome.held.get(kind) ?? 0))
  if (kinds.includes('coplan') && peers.length > 0) {
    const ratio = best === 0 ? 'no peer held the first step' : `×${(coplan / best).toFixed(2)}`
    console.log(`Coplan / best peer: ${ratio}`)
  }
  console.log(
    `\nRerun: npm run bench -- --scenario max-load --servers ${kinds.join(',')} --steps ${steps.join(',')} --clients ${load.clientsPerPlan} --typists ${load.typistsPerPlan} --rate ${load.keystrokesPerSecond} --seconds ${load.seconds} --repeat ${repeat}`,
  )
}

const runScript = (scenario: string, args: string[]): void => {
  const script = SCRIPTS[scenario] as string
  console.log(`\n${scenario}: node --import tsx ${script} ${args.join(' ')}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`${script} failed (${result.status ?? result.signal})`)
}

const runScenario = async (scenario: string, args: string[]): Promise<void> => {
  if (scenario === 'max-load') await runMaxLoad()
  else if (scenario in TYPING) await runTyping(scenario)
  else if (scenario in SCRIPTS) runScript(scenario, args)
  else throw new Error(`Unknown scenario ${scenario}`)
}

const scenario = option('scenario') ?? 'all'
if (scenario === 'all') {
  for (const name of [
    'room',
    'many-plans',
    'busy-plan',
    'max-load',
    'cold-load',
    'idle',
    'browser',
  ]) {
    await runScenario(name, [])
  }
} else {
  // Options the typing benchmarks do not know go to the scenario's own script.
  const own = process.argv.slice(2).filter((arg, i, all) => {
    const flag = arg.startsWith('--scenario') || all[i - 1] === '--scenario'
    return !flag
  })
  await runScenario(scenario, scenario in SCRIPTS ? own : [])
}
