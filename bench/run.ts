import { parseArgs } from 'node:util'
import type { ServerKind } from './collab/servers'
import type { TypingLoad, TypingResult } from './collab/typingLoad'
import { runTypingLoad } from './collab/typingLoad'

/**
 * `npm run bench -- [--scenario many-plans|busy-plan] [--servers coplan,null-relay,…]
 * [--plans N --clients N --typists N --rate N --seconds N] [--repeat N]`
 * Runs each server in turn (interleaved over repeats), prints medians and ratios to Coplan.
 */
const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'many-plans' },
    servers: { type: 'string', default: 'coplan,null-relay,y-websocket,hocuspocus' },
    plans: { type: 'string' },
    clients: { type: 'string' },
    typists: { type: 'string' },
    rate: { type: 'string' },
    seconds: { type: 'string', default: '15' },
    repeat: { type: 'string', default: '1' },
  },
})

const SCENARIOS: Record<string, TypingLoad> = {
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
}

const base = SCENARIOS[values.scenario]
if (!base) throw new Error(`Unknown scenario ${values.scenario}`)
const load: TypingLoad = {
  plans: Number(values.plans ?? base.plans),
  clientsPerPlan: Number(values.clients ?? base.clientsPerPlan),
  typistsPerPlan: Number(values.typists ?? values.clients ?? base.typistsPerPlan),
  keystrokesPerSecond: Number(values.rate ?? base.keystrokesPerSecond),
  seconds: Number(values.seconds),
}
const kinds = values.servers.split(',') as ServerKind[]
const repeat = Number(values.repeat)

const results = new Map<ServerKind, TypingResult[]>()
for (let round = 0; round < repeat; round++) {
  for (const kind of kinds) {
    process.stderr.write(`round ${round + 1}/${repeat}: ${kind}…\n`)
    const result = await runTypingLoad(kind, load)
    results.set(kind, [...(results.get(kind) ?? []), result])
  }
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}
const columns: [string, (r: TypingResult) => number, number][] = [
  ['connect+sync ms', (r) => r.connectMs, 0],
  ['p50 ms', (r) => r.p50, 1],
  ['p95 ms', (r) => r.p95, 1],
  ['p99 ms', (r) => r.p99, 1],
  ['max ms', (r) => r.max, 0],
  ['missing', (r) => r.missing, 0],
  ['peak MB', (r) => r.serverPeakMb, 0],
  ['CPU µs/delivery', (r) => r.cpuPerDeliveryUs, 2],
  ['generator CPU', (r) => r.generatorCpu * 100, 0],
]
const rows = kinds.map((kind) => {
  const runs = results.get(kind) ?? []
  return {
    name: runs[0]?.server ?? kind,
    values: columns.map(([, pick]) => median(runs.map(pick))),
  }
})
const coplan = rows.find((row) => row.name === 'Coplan')
console.log(
  `\n${values.scenario}: ${load.plans} plans × ${load.clientsPerPlan} clients (${load.typistsPerPlan} typing ${load.keystrokesPerSecond}/s) for ${load.seconds} s, median of ${repeat}`,
)
console.log(['server', ...columns.map(([title]) => title)].join(' | '))
for (const row of rows) {
  console.log(
    [
      row.name,
      ...row.values.map(
        (value, i) => `${value.toFixed(columns[i]?.[2] ?? 0)}${i === 8 ? '%' : ''}`,
      ),
    ].join(' | '),
  )
}
if (coplan) {
  console.log('\nRatios to Coplan (p99 latency, CPU per delivery):')
  for (const row of rows.filter((r) => r !== coplan)) {
    const p99 = (row.values[3] as number) / (coplan.values[3] as number)
    const cpu = (row.values[7] as number) / (coplan.values[7] as number)
    console.log(`  ${row.name}: p99 ×${p99.toFixed(2)}, CPU ×${cpu.toFixed(2)}`)
  }
}
console.log(`\nRerun: npm run bench -- ${process.argv.slice(2).join(' ')}`)
