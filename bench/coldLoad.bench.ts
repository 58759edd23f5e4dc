/**
 * Cold load of a long plan: a plan holding a real editing history (the automerge-paper trace,
 * 260k single-character edits, replayed into one paragraph) is given to every server; each is
 * restarted before every measurement, so the plan is loaded from storage by the first joiner.
 * Measures one joiner, then `--joiners` joining at once: time until synced, bytes sent, and the
 * server's resident memory beyond its idle state. Rounds interleave servers; medians reported.
 *
 *   node --import tsx bench/coldLoad.bench.ts [--servers coplan,y-websocket,hocuspocus]
 *     [--joiners 50] [--repeat 3] [--profile]
 *
 * `--profile` adds one Coplan run under `--cpu-prof` and prints where its time went.
 * `--settle-seconds N` (default 30): rest before each memory reading (see `settledRss`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { ColdJoin } from './coldLoad/measureColdJoin'
import { measureColdJoin } from './coldLoad/measureColdJoin'
import { loadTraceDocument } from './coldLoad/traceDocument'
import { verifyServedPlan } from './coldLoad/verifyServedPlan'
import { summarizeCpuProfile } from './collab/cpuProfileSummary'
import type { Column, Row } from './collab/resultTable'
import { markdownTable, median, ratiosToCoplan } from './collab/resultTable'
import type { BenchServer, ServerKind } from './collab/servers'
import { launchBenchServer } from './collab/servers'
import { UpdateReach } from './collab/UpdateReach'

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: 'coplan,y-websocket,hocuspocus' },
    joiners: { type: 'string', default: '50' },
    repeat: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    'settle-seconds': { type: 'string', default: '30' },
  },
})
const kinds = values.servers.split(',') as ServerKind[]
const joiners = Number(values.joiners)
const repeat = Number(values.repeat)
const settleSeconds = Number(values['settle-seconds'])
const log = (line: string): void => void process.stderr.write(`${line}\n`)

const trace = loadTraceDocument()
log(
  `trace: ${trace.edits.toLocaleString('en-US')} edits → ${trace.state.byteLength.toLocaleString('en-US')} bytes of state` +
    (trace.replayMs === null ? ' (cached)' : ` (replayed in ${Math.round(trace.replayMs)} ms)`),
)
const reach = new UpdateReach()

const servers: BenchServer[] = []
const results = new Map<BenchServer, { single: ColdJoin[]; crowd: ColdJoin[] }>()
try {
  for (const kind of kinds) {
    log(`starting ${kind} and checking it serves the whole plan after a restart…`)
    const server = await launchBenchServer(kind, {
      plans: 1,
      clientsPerPlan: joiners,
      planState: trace.state,
    })
    servers.push(server)
    await verifyServedPlan(server, { endContent: trace.endContent, reach })
    results.set(server, { single: [], crowd: [] })
  }
  for (let round = 0; round < repeat; round++) {
    for (const server of servers) {
      log(`round ${round + 1}/${repeat}: ${server.name}…`)
      const result = results.get(server)
      const options = { reach, settleSeconds }
      result?.single.push(await measureColdJoin(server, { ...options, joiners: 1 }))
      result?.crowd.push(await measureColdJoin(server, { ...options, joiners }))
    }
  }
  const MB = 1024 * 1024
  const columns: Column[] = [
    { title: '1 joiner ms', digits: 0, ratio: true },
    { title: `${joiners} joiners: all synced ms`, digits: 0, ratio: true },
    { title: 'median joiner ms', digits: 0 },
    { title: 'failed', digits: 0 },
    { title: 'sent MB total', digits: 2, ratio: true },
    { title: 'sent KB/joiner', digits: 0 },
    { title: 'idle RSS MB', digits: 0, ratio: true },
    { title: 'RSS +1 joiner MB', digits: 1, ratio: true },
    { title: `RSS +${joiners} joiners MB`, digits: 1, ratio: true },
    { title: `peak +${joiners} MB`, digits: 1, ratio: true },
  ]
  const rows: Row[] = servers.map((server) => {
    const { single = [], crowd = [] } = results.get(server) ?? {}
    const m = (runs: ColdJoin[], pick: (run: ColdJoin) => number) => median(runs.map(pick))
    return {
      name: server.name,
      values: [
        m(single, (r) => r.allSyncedMs),
        m(crowd, (r) => r.allSyncedMs),
        m(crowd, (r) => r.medianSyncedMs),
        m(crowd, (r) => r.failed),
        m(crowd, (r) => r.bytesTotal / MB),
        m(crowd, (r) => r.bytesTotal / r.joiners / 1024),
        m(crowd, (r) => r.rssIdle / MB),
        m(single, (r) => (r.rssLoaded - r.rssIdle) / MB),
        m(crowd, (r) => (r.rssLoaded - r.rssIdle) / MB),
        m(crowd, (r) => (r.rssPeak - r.rssIdle) / MB),
      ],
    }
  })
  console.log(
    `\nCold load of the automerge-paper plan (${trace.state.byteLength.toLocaleString('en-US')} bytes of state, ${trace.endContent.length.toLocaleString('en-US')} characters), server restarted before each measurement; memory: lowest RSS over ${settleSeconds} s of rest; median of ${repeat}; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}\n`,
  )
  console.log(markdownTable(columns, rows))
  console.log(`\n${ratiosToCoplan(columns, rows)}`)

  const coplan = servers.find((server) => server.name === 'Coplan')
  if (values.profile && coplan) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-cold-prof-'))
    log('profiling one Coplan cold load…')
    const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${dir}`]
    await measureColdJoin(coplan, { joiners, reach, settleSeconds: 1, nodeArgs })
    // The profile is written when the profiled process exits.
    await coplan.restart()
    const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
    if (file) {
      const summary = summarizeCpuProfile(path.join(dir, file), /transport\/collabUpgrade/)
      console.log(
        `\nCoplan profile (${path.join(dir, file)}), ${Math.round(summary.windowMs)} ms busy from the first connection on:`,
      )
      console.log('self time:')
      for (const entry of summary.self)
        console.log(`  ${entry.ms.toFixed(1).padStart(7)} ms  ${entry.name}`)
      console.log('total time:')
      for (const entry of summary.total)
        console.log(`  ${entry.ms.toFixed(1).padStart(7)} ms  ${entry.name}`)
    }
  }
} finally {
  for (const server of servers) await server.stop()
}
console.log(`\nRerun: node --import tsx bench/coldLoad.bench.ts ${process.argv.slice(2).join(' ')}`)
