import type { JoinClient } from '../collab/JoinClient'
import { joinOptions } from '../collab/joinOptions'
import { closeClients, openClients } from '../collab/openClients'
import { cpuSeconds, settledRss } from '../collab/procStats'
import type { ServerKind } from '../collab/servers'
import { launchBenchServer } from '../collab/servers'
import type { UpdateReach } from '../collab/UpdateReach'

export interface IdleConnections {
  server: string
  connections: number
  plans: number
  /** Time until the connections beyond the first per plan were all synced. */
  connectMs: number
  failed: number
  /** Connections closed (by the server or the network) while held. */
  dropped: number
  /** Connections that answered a sync step 1 after the hold: alive end to end. */
  answered: number
  probeMs: number
  /** Server CPU seconds while the connections were held idle (heartbeats, timers). */
  holdCpuSeconds: number
  /** One connection per plan: the plans loaded, hardly any connections. */
  rssPlans: number
  /** All connections: the lowest reading during the hold. */
  rssConnections: number
}

/** Clients connecting at once; more only measures the kernel's listen backlog. */
const MAX_IN_FLIGHT = 250

const probeAll = async (clients: JoinClient[]): Promise<number> => {
  let answered = 0
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < clients.length) {
      const client = clients[next++]
      if (!client?.open) continue
      try {
        await client.probe()
        answered++
      } catch {
        // Counted as not answered.
      }
    }
  }
  await Promise.all(Array.from({ length: MAX_IN_FLIGHT }, worker))
  return answered
}

/**
 * Opens `connections` clients spread over `plans` plans, all synced, holds them idle for
 * `holdSeconds` (longer than the servers' 30 s heartbeat) and checks that none was dropped
 * and that each still answers. Memory per connection is read against the plans loaded with
 * one connection each, so the plans' own memory is not counted.
 */
export const measureIdleConnections = async (
  kind: ServerKind,
  options: {
    connections: number
    plans: number
    holdSeconds: number
    settleSeconds: number
    reach: UpdateReach
  },
): Promise<IdleConnections> => {
  const perPlan = Math.ceil(options.connections / options.plans)
  const server = await launchBenchServer(kind, {
    plans: options.plans,
    clientsPerPlan: perPlan,
    // Every client comes from 127.0.0.1: lift Coplan's per-address limit (1,000 by default).
    env: { CONNECTIONS_PER_ADDRESS: String(options.connections * 2) },
    seedConcurrency: 25,
  })
  try {
    await server.restart()
    const anchors = await openClients(
      server.plans.map((plan) => joinOptions(server, plan, 0, options.reach)),
      { maxInFlight: MAX_IN_FLIGHT },
    )
    const rssPlans = await settledRss(server.pid, options.settleSeconds)
    const rest = await openClients(
      Array.from({ length: options.connections - options.plans }, (_, i) => {
        const plan = server.plans[i % options.plans]
        if (!plan) throw new Error('No plan')
        return joinOptions(server, plan, 1 + Math.floor(i / options.plans), options.reach)
      }),
      { maxInFlight: MAX_IN_FLIGHT },
    )
    const clients = [...anchors.clients, ...rest.clients]
    const cpuBefore = cpuSeconds(server.pid)
    // The hold doubles as the rest before reading memory.
    const rssConnections = await settledRss(server.pid, options.holdSeconds)
    const holdCpuSeconds = cpuSeconds(server.pid) - cpuBefore
    const dropped = clients.filter((client) => client.syncedAt !== null && !client.open).length
    const probeStarted = performance.now()
    const answered = await probeAll(clients)
    const probeMs = performance.now() - probeStarted
    await closeClients(clients)
    return {
      server: server.name,
      connections: clients.length,
      plans: options.plans,
      connectMs: rest.ms,
      failed: anchors.failed + rest.failed,
      dropped,
      answered,
      probeMs,
      holdCpuSeconds,
      rssPlans,
      rssConnections,
    }
  } finally {
    await server.stop()
  }
}
