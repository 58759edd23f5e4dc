import { joinOptions } from '../collab/joinOptions'
import { closeClients, openClients } from '../collab/openClients'
import { rssBytes, settledRss, watchPeakRss } from '../collab/procStats'
import type { BenchServer } from '../collab/servers'
import type { UpdateReach } from '../collab/UpdateReach'

export interface ColdJoin {
  joiners: number
  /** From the first connect until the last joiner was synced. */
  allSyncedMs: number
  /** Median over joiners of connect-to-synced. */
  medianSyncedMs: number
  failed: number
  /** Bytes of all messages the server sent the joiners, from connect until they closed. */
  bytesTotal: number
  /** Resident memory of the freshly restarted server, idle for `settleSeconds`. */
  rssIdle: number
  /** Highest resident memory while the joiners connected and synced. */
  rssPeak: number
  /** Resident memory `settleSeconds` after the load, the joiners still connected. */
  rssLoaded: number
}

/** Time after the last joiner synced for trailing messages (acknowledgements, awareness). */
const DRAIN_MS = 500

/**
 * Restarts the server (nothing loaded), lets it settle, then has `joiners` fresh clients
 * connect to its first plan in the same event-loop turn and waits until every one is synced.
 */
export const measureColdJoin = async (
  server: BenchServer,
  options: {
    joiners: number
    reach: UpdateReach
    settleSeconds: number
    /** Node flags for the restarted server, e.g. `--cpu-prof`. */
    nodeArgs?: string[]
  },
): Promise<ColdJoin> => {
  await server.restart({ nodeArgs: options.nodeArgs ?? [] })
  const rssIdle = await settledRss(server.pid, options.settleSeconds)
  const stopPeak = watchPeakRss(server.pid, 20)
  const plan = server.plans[0]
  if (!plan) throw new Error(`${server.name} has no plan`)
  const { clients, ms, failed } = await openClients(
    Array.from({ length: options.joiners }, (_, c) => joinOptions(server, plan, c, options.reach)),
  )
  await new Promise((resolve) => setTimeout(resolve, DRAIN_MS))
  const rssPeak = Math.max(stopPeak(), rssBytes(server.pid))
  const rssLoaded = await settledRss(server.pid, options.settleSeconds)
  const synced = clients.flatMap((client) =>
    client.syncedAt === null ? [] : [client.syncedAt - client.startedAt],
  )
  synced.sort((a, b) => a - b)
  await closeClients(clients)
  return {
    joiners: options.joiners,
    allSyncedMs: ms,
    medianSyncedMs: synced[Math.floor(synced.length / 2)] ?? Number.NaN,
    failed,
    bytesTotal: clients.reduce((sum, client) => sum + client.bytesReceived, 0),
    rssIdle,
    rssPeak,
    rssLoaded,
  }
}
