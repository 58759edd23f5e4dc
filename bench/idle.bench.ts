/**
 * Many idle plans and connections. (1) Memory per loaded idle plan: `--plans` template plans
 * opened by one client each (which stays connected), against the server freshly restarted.
 * (2) Release: the clients leave, the plans unload (Coplan gets IDLE_UNLOAD_SECONDS =
 * `--unload-seconds`), memory is read again, then as many other plans are loaded: a small
 * second growth shows the first plans' memory was freed for reuse. (3) `--connections` idle
 * connections over `--connection-plans` plans, held `--hold-seconds` (past the 30 s heartbeat):
 * memory per connection, drops, and a sync round trip on every one at the end.
 *
 *   node --import tsx bench/idle.bench.ts [--servers coplan,y-websocket,hocuspocus,null-relay]
 *     [--plans 500] [--connections 5000] [--connection-plans 50] [--hold-seconds 40]
 *     [--unload-seconds 2] [--settle-seconds 30]
 *
 * `--plans 0` or `--connections 0` skips that part.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'
import type { Column, Row } from './collab/resultTable'
import { markdownTable, ratiosToCoplan } from './collab/resultTable'
import type { ServerKind } from './collab/servers'
import { UpdateReach } from './collab/UpdateReach'
import type { IdleConnections } from './idle/measureIdleConnections'
import { measureIdleConnections } from './idle/measureIdleConnections'
import type { IdlePlans } from './idle/measureIdlePlans'
import { measureIdlePlans } from './idle/measureIdlePlans'

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: 'coplan,y-websocket,hocuspocus,null-relay' },
    plans: { type: 'string', default: '500' },
    connections: { type: 'string', default: '5000' },
    'connection-plans': { type: 'string', default: '50' },
    'hold-seconds': { type: 'string', default: '40' },
    'unload-seconds': { type: 'string', default: '2' },
    'settle-seconds': { type: 'string', default: '30' },
  },
})
const kinds = values.servers.split(',') as ServerKind[]
const plans = Number(values.plans)
const connections = Number(values.connections)
const connectionPlans = Number(values['connection-plans'])
const holdSeconds = Number(values['hold-seconds'])
const unloadSeconds = Number(values['unload-seconds'])
const settleSeconds = Number(values['settle-seconds'])
const log = (line: string): void => void process.stderr.write(`${line}\n`)
const reach = new UpdateReach()
const MB = 1024 * 1024
const load = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

const planResults: IdlePlans[] = []
for (const kind of plans > 0 ? kinds.filter((k) => k !== 'null-relay') : []) {
  log(`${kind}: ${plans} idle plans…`)
  planResults.push(await measureIdlePlans(kind, { plans, unloadSeconds, settleSeconds, reach }))
}
const connectionResults: IdleConnections[] = []
for (const kind of connections > 0 ? kinds : []) {
  log(`${kind}: ${connections} idle connections over ${connectionPlans} plans…`)
  connectionResults.push(
    await measureIdleConnections(kind, {
      connections,
      plans: connectionPlans,
      holdSeconds,
      settleSeconds,
      reach,
    }),
  )
}

if (planResults.length) {
  const columns: Column[] = [
    { title: 'content KB/plan', digits: 1 },
    { title: 'RSS before MB', digits: 0 },
    { title: `RSS ${plans} loaded MB`, digits: 0 },
    { title: 'KB/loaded plan', digits: 0, ratio: true },
    { title: 'KB beyond content', digits: 0, ratio: true },
    { title: 'RSS released MB', digits: 0 },
    { title: `RSS ${plans} others MB`, digits: 0 },
    { title: 'KB/plan 2nd load', digits: 0, ratio: true },
    { title: 'Y.Docs left', digits: 0 },
    { title: 'items left', digits: 0 },
    { title: 'open ms', digits: 0, ratio: true },
    { title: 'failed', digits: 0 },
  ]
  const rows: Row[] = planResults.map((r) => {
    const perPlan = (r.rssLoaded - r.rssBefore) / r.plans
    return {
      name: r.server,
      values: [
        r.contentBytes / 1024,
        r.rssBefore / MB,
        r.rssLoaded / MB,
        perPlan / 1024,
        (perPlan - r.contentBytes) / 1024,
        r.rssReleased / MB,
        r.rssReloaded / MB,
        (r.rssReloaded - r.rssReleased) / r.plans / 1024,
        r.docsLeft,
        r.itemsLeft,
        r.openMs,
        r.failed,
      ],
    }
  })
  console.log(
    `\nIdle plans: ${plans} template plans, one idle client each, on a server warmed up by one plan; released after the clients left (Coplan IDLE_UNLOAD_SECONDS=${unloadSeconds}), then ${plans} other plans loaded; memory: lowest RSS over ${settleSeconds} s of rest; load average ${load()}\n`,
  )
  console.log(markdownTable(columns, rows))
  console.log(`\n${ratiosToCoplan(columns, rows)}`)
}

if (connectionResults.length) {
  const columns: Column[] = [
    { title: 'held', digits: 0 },
    { title: 'failed', digits: 0 },
    { title: 'dropped', digits: 0 },
    { title: 'answered', digits: 0 },
    { title: `connect ${connections - connectionPlans} ms`, digits: 0, ratio: true },
    { title: 'RSS plans MB', digits: 0 },
    { title: `RSS +${connections} conns MB`, digits: 0 },
    { title: 'KB/connection', digits: 1, ratio: true },
    { title: 'hold CPU s', digits: 2, ratio: true },
    { title: 'probe ms', digits: 0, ratio: true },
  ]
  const rows: Row[] = connectionResults.map((r) => ({
    name: r.server,
    values: [
      r.connections - r.failed,
      r.failed,
      r.dropped,
      r.answered,
      r.connectMs,
      r.rssPlans / MB,
      r.rssConnections / MB,
      (r.rssConnections - r.rssPlans) / (r.connections - r.plans) / 1024,
      r.holdCpuSeconds,
      r.probeMs,
    ],
  }))
  console.log(
    `\nIdle connections: ${connections} over ${connectionPlans} plans, held ${holdSeconds} s; load average ${load()}\n`,
  )
  console.log(markdownTable(columns, rows))
  console.log(`\n${ratiosToCoplan(columns, rows)}`)
}
console.log(`\nRerun: node --import tsx bench/idle.bench.ts ${process.argv.slice(2).join(' ')}`)
