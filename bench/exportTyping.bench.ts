/**
 * Typing while exporting: the many-plans typing load on Coplan (`main.ts`, as `npm start` runs
 * it), once with nothing else going on and once while an admin exports worst cases in a loop —
 * a long plan (about 2,300 paragraphs with a table per section) to DOCX and PDF, and a plan
 * whose table spans are 2^31 to DOCX, PDF and Markdown — on the same server, in the same run.
 * Phases alternate (quiet, exports, exports, quiet, …) so the machine's drift hurts both alike;
 * medians of the rounds are printed with the ratio of typing p99 with exports to without.
 *
 *   node --import tsx bench/exportTyping.bench.ts [--plans 60] [--clients 10] [--rate 5]
 *     [--seconds 15] [--repeat 5] [--sections 60] [--idle-burners N]
 *
 * `--idle-burners N` runs, instead of the exports, N busy loops at the lowest CPU priority
 * (SCHED_IDLE, as export workers run): how much this machine lets background CPU use delay
 * typing at all, whatever the exports do.
 *
 * `--placement` says where the load generator (this process) runs, since on one machine it
 * must share a CPU with something; the server's main thread and the export workers stay where
 * the server puts them (workers off the first CPU), and the table shows how long the server's
 * main thread waited for a CPU and how often it was preempted:
 * - `free` (the default): the scheduler places the generator and the server as it likes. While
 *   exports run, Linux counts a CPU running only SCHED_IDLE work as idle and wakes the server's
 *   thread there too, beside the generator.
 * - `with-server`: the generator and the server's main thread on the first CPU, the exports
 *   alone on the others: what exports do to a CPU they never run on.
 * - `with-exports`: the server's main thread alone on the first CPU, the generator on the
 *   others with the exports (which yield to it): what exports do to their CPU's neighbours.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createLongPlan } from '@coplan/export'
import { planStats, planUpdateFromJSON } from '@coplan/schema'
import { SqliteCredentialStore } from '../apps/server/src/accounts/SqliteCredentialStore'
import { SqliteUserStore } from '../apps/server/src/accounts/SqliteUserStore'
import { SqliteCourseStore } from '../apps/server/src/course/SqliteCourseStore'
import { openDatabase } from '../apps/server/src/database/openDatabase'
import { hostileSpanState } from '../apps/server/src/testing/hostileSpanState'
import type { CoplanPlan } from './collab/coplanDataDir'
import { writeCoplanDataDir } from './collab/coplanDataDir'
import { KeystrokeLedger, LoadClient } from './collab/LoadClient'
import { cpuTimes } from './collab/procStats'
import { startProcess, stopProcess } from './collab/processes'
import type { Column, Row } from './collab/resultTable'
import { markdownTable, median } from './collab/resultTable'
import { startTyping } from './collab/startTyping'
import { makeTypingScript } from './collab/typingScript'

const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '60' },
    clients: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '15' },
    repeat: { type: 'string', default: '5' },
    sections: { type: 'string', default: '60' },
    'idle-burners': { type: 'string', default: '0' },
    placement: { type: 'string', default: 'free' },
  },
})
const load = {
  plans: Number(values.plans),
  clients: Number(values.clients),
  rate: Number(values.rate),
  seconds: Number(values.seconds),
}
const repeat = Number(values.repeat)
const sections = Number(values.sections)
const idleBurners = Number(values['idle-burners'])
const PLACEMENTS = ['free', 'with-server', 'with-exports'] as const
type Placement = (typeof PLACEMENTS)[number]
const placement = values.placement as Placement
if (!PLACEMENTS.includes(placement)) throw new Error(`--placement is ${PLACEMENTS.join(', ')}`)
const TARGET_RATIO = 1.2

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN

/** The plans to type in, and the two plans to export with an admin's token to do it. */
const prepare = (dataDir: string) => {
  const typing = writeCoplanDataDir(dataDir, {
    plans: load.plans,
    clientsPerPlan: load.clients,
  })
  const db = openDatabase(dataDir)
  try {
    const course = new SqliteCourseStore(db)
    const users = new SqliteUserStore(db)
    const credentials = new SqliteCredentialStore(db, {
      sessionIdleMs: 86_400_000,
      invitationTtlMs: 1,
    })
    const team = course.createTeam({ country: 'Exports', countryCode: 'EX' })
    const doc = createLongPlan(sections)
    const long = course.createPlan({
      teamId: team.id,
      title: `Long plan (${sections} sections)`,
      initialState: planUpdateFromJSON(doc),
      stats: planStats(doc),
    })
    const hostile = course.createPlan({
      teamId: team.id,
      title: 'Table spans of 2^31',
      initialState: hostileSpanState(2 ** 31),
      stats: { words: 5, sectionsFilled: 0 },
    })
    const admin = users.create({ email: 'admin@bench.example', name: 'Admin', role: 'admin' })
    const token = credentials.createAccessToken(admin.id, 'bench').token
    return { typing, long, hostile, token }
  } finally {
    db.close()
  }
}

interface Phase {
  exports: boolean
  p50: number
  p95: number
  p99: number
  max: number
  missing: number
  /** Exports finished during the phase, and the failed ones among them. */
  exported: number
  failed: number
  /** Share of one core used by the server's main thread, and by the whole process. */
  mainCpu: number
  processCpu: number
  /** The server's main thread: ms a second spent ready but waiting for a CPU, and preemptions. */
  waitMsPerS: number
  preemptionsPerS: number
}

/** Time a thread waited for a CPU while ready (ns), and how often it was preempted. */
const scheduling = (pid: number, tid: number): { waitNs: number; preemptions: number } => {
  const schedstat = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')
  const status = fs.readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8')
  return {
    waitNs: Number(schedstat[1]),
    preemptions: Number(/nonvoluntary_ctxt_switches:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN),
  }
}

/** CPU seconds of one thread of a process (the main thread's id is the process id). */
const threadCpu = (pid: number, tid: number): number => {
  const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
const processCpu = (pid: number): number => {
  const { user, system } = cpuTimes(pid)
  return user + system
}

/** Exports in a loop until `stop()`; resolves with how many were made, and how many failed. */
const exportLoop = (base: string, token: string, paths: string[]) => {
  let stopped = false
  let exported = 0
  let failed = 0
  const done = (async () => {
    for (let i = 0; !stopped; i++) {
      const response = await fetch(`${base}/api${paths[i % paths.length]}`, {
        headers: { authorization: `Bearer ${token}` },
      })
      await response.arrayBuffer()
      exported++
      if (!response.ok) {
        failed++
        process.stderr.write(`  ${paths[i % paths.length]}: ${response.status}\n`)
      }
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await done
      return { exported, failed }
    },
  }
}

const runPhase = async (
  server: { base: string; pid: number },
  plans: CoplanPlan[],
  exportPaths: string[] | null,
  token: string,
): Promise<Phase> => {
  const ledger = new KeystrokeLedger()
  const keystrokes = Math.round(load.rate * load.seconds)
  const clients: LoadClient[] = []
  const typists: LoadClient[] = []
  for (const plan of plans) {
    for (let c = 0; c < load.clients; c++) {
      const script = makeTypingScript(plan.baseState, keystrokes)
      ledger.register(script)
      const client = new LoadClient({
        url: `${server.base.replace('http', 'ws')}/collab/${plan.id}?token=${plan.tokens[c]}`,
        dialect: 'y-websocket',
        documentName: plan.id,
        ledger,
        script,
      })
      clients.push(client)
      typists.push(client)
    }
  }
  await Promise.all(clients.map((client) => client.synced))
  const busy = exportPaths !== null
  const burners = busy
    ? Array.from({ length: idleBurners }, () =>
        spawn('chrt', ['--idle', '0', process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore' }),
      )
    : []
  const exporting = busy && idleBurners === 0 ? exportLoop(server.base, token, exportPaths) : null
  // Let the first export get going before the clock starts.
  if (exporting) await sleep(1000)
  const mainBefore = threadCpu(server.pid, server.pid)
  const scheduledBefore = scheduling(server.pid, server.pid)
  const processBefore = processCpu(server.pid)
  const started = performance.now()
  const stopTyping = startTyping(typists, load.rate)
  await sleep(load.seconds * 1000 + 1000 / load.rate)
  stopTyping()
  await sleep(2000)
  const wall = (performance.now() - started) / 1000
  const mainCpu = (threadCpu(server.pid, server.pid) - mainBefore) / wall
  const wholeCpu = (processCpu(server.pid) - processBefore) / wall
  const scheduledAfter = scheduling(server.pid, server.pid)
  for (const burner of burners) burner.kill('SIGKILL')
  const { exported, failed } = (await exporting?.stop()) ?? { exported: 0, failed: 0 }
  for (const client of clients) client.close()
  await Promise.all(clients.map((client) => client.closed))
  const sent = [...ledger.sentAt.values()].reduce((sum, times) => sum + times.length, 0)
  const sorted = ledger.latencies.sort((a, b) => a - b)
  return {
    exports: exportPaths !== null,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    missing: sent * (load.clients - 1) - ledger.delivered,
    exported,
    failed,
    mainCpu,
    processCpu: wholeCpu,
    waitMsPerS: (scheduledAfter.waitNs - scheduledBefore.waitNs) / 1e6 / wall,
    preemptionsPerS: (scheduledAfter.preemptions - scheduledBefore.preemptions) / wall,
  }
}

/**
 * The server's main thread on the first CPU, and this process (the load generator) beside it or
 * on the others, where the export workers run. Called once the workers are started: only the
 * server's main thread moves, and workers forked from it later keep off the first CPU only if
 * they may use the others.
 */
const place = (serverPid: number, where: Exclude<Placement, 'free'>): void => {
  if (os.cpus().length < 2) throw new Error(`--placement ${where} needs two CPUs; use free`)
  const generator = where === 'with-server' ? '0' : `1-${os.cpus().length - 1}`
  const moves = [
    spawnSync('taskset', ['-p', '-c', '0', String(serverPid)]),
    spawnSync('taskset', ['--all-tasks', '-p', '-c', generator, String(process.pid)]),
  ]
  if (moves.some((move) => move.status !== 0)) {
    throw new Error('taskset failed; install util-linux or use --placement free')
  }
}

const loadAtStart = os.loadavg()[0] as number
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-export-typing-'))
const { typing, long, hostile, token } = prepare(dataDir)
const { child, match } = await startProcess(
  ['--import', 'tsx', 'apps/server/src/main.ts'],
  {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    COPLAN_DEMO: '0',
    CONNECTIONS_PER_ADDRESS: String(load.plans * load.clients + 100),
  },
  /Coplan listening on (http:\/\/\S+)/,
)
const server = { base: match[1] as string, pid: child.pid as number }
const exportTasks = [
  { name: `${sections}-section plan → DOCX`, path: `/plans/${long.id}/export?format=docx` },
  { name: `${sections}-section plan → PDF`, path: `/plans/${long.id}/export?format=pdf` },
  { name: 'spans of 2^31 → DOCX', path: `/plans/${hostile.id}/export?format=docx` },
  { name: 'spans of 2^31 → PDF', path: `/plans/${hostile.id}/export?format=pdf` },
  { name: 'spans of 2^31 → Markdown', path: `/plans/${hostile.id}/export?format=md` },
]
const exportPaths = exportTasks.map((task) => task.path)
try {
  // The server as it is once it has exported: worker, libraries and Chromium started.
  process.stderr.write('warming up: one export of each kind…\n')
  for (const task of exportTasks) {
    const started = performance.now()
    const response = await fetch(`${server.base}/api${task.path}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const bytes = (await response.arrayBuffer()).byteLength
    if (!response.ok) throw new Error(`${task.name}: ${response.status}`)
    const ms = (performance.now() - started).toFixed(0)
    process.stderr.write(`  ${task.name}: ${ms} ms, ${(bytes / 1024).toFixed(0)} KiB\n`)
  }
  if (placement !== 'free') place(server.pid, placement)
  const phases: Phase[] = []
  for (let round = 0; round < repeat; round++) {
    const order = round % 2 === 0 ? [false, true] : [true, false]
    for (const exports of order) {
      process.stderr.write(`round ${round + 1}/${repeat}: ${exports ? 'exports' : 'quiet'}…\n`)
      const phase = await runPhase(server, typing, exports ? exportPaths : null, token)
      process.stderr.write(
        `  p99 ${phase.p99.toFixed(1)} ms, missing ${phase.missing}, exports ${phase.exported} (${phase.failed} failed), main thread ${(phase.mainCpu * 100).toFixed(0)}%\n`,
      )
      phases.push(phase)
    }
  }
  const columns: Column[] = [
    { title: 'exports done', digits: 0 },
    { title: 'p50 ms', digits: 1 },
    { title: 'p95 ms', digits: 1 },
    { title: 'p99 ms', digits: 1 },
    { title: 'max ms', digits: 0 },
    { title: 'missing', digits: 0 },
    { title: 'main thread CPU %', digits: 0 },
    { title: 'process CPU %', digits: 0 },
    { title: 'main thread waits ms/s', digits: 0 },
    { title: 'preempted /s', digits: 0 },
  ]
  const row = (exports: boolean): Row => {
    const runs = phases.filter((phase) => phase.exports === exports)
    const pick = (f: (phase: Phase) => number) => median(runs.map(f))
    return {
      name: exports ? busyName : 'without exports',
      values: [
        pick((p) => p.exported),
        pick((p) => p.p50),
        pick((p) => p.p95),
        pick((p) => p.p99),
        pick((p) => p.max),
        pick((p) => p.missing),
        pick((p) => p.mainCpu * 100),
        pick((p) => p.processCpu * 100),
        pick((p) => p.waitMsPerS),
        pick((p) => p.preemptionsPerS),
      ],
    }
  }
  const busyName = idleBurners
    ? `with ${idleBurners} idle-priority busy loop${idleBurners > 1 ? 's' : ''}`
    : 'with exports in a loop'
  const quiet = row(false)
  const busy = row(true)
  const ratio = (busy.values[3] as number) / (quiet.values[3] as number)
  console.log(
    `\nexport-typing (placement: ${placement}): ${load.plans} plans × ${load.clients} clients typing ${load.rate}/s for ${load.seconds} s per phase, median of ${repeat}; exports: a ${sections}-section plan to DOCX and PDF, a plan with table spans of 2^31 to DOCX, PDF and Markdown\n`,
  )
  console.log(markdownTable(columns, [quiet, busy]).replace('| server', '| typing'))
  console.log(
    `\nTyping p99 ${busyName} / without: ×${ratio.toFixed(2)} (target ≤ ×${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'not met'}); failed exports: ${phases.reduce((sum, p) => sum + p.failed, 0)}`,
  )
  console.log(
    `${os.cpus().length} cores, Node ${process.version}; load average ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] as number).toFixed(2)} at the end.`,
  )
  console.log(
    `Rerun: npm run bench -- --scenario export-typing --plans ${load.plans} --clients ${load.clients} --rate ${load.rate} --seconds ${load.seconds} --repeat ${repeat} --sections ${sections}${idleBurners ? ` --idle-burners ${idleBurners}` : ''}${placement === 'free' ? '' : ` --placement ${placement}`}`,
  )
} finally {
  await stopProcess(child)
  fs.rmSync(dataDir, { recursive: true, force: true })
}
