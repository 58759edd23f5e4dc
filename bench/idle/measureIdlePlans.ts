import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { heapSnapshotFlags, takeHeapCensus } from '../collab/heapCensus'
import { joinOptions } from '../collab/joinOptions'
import { closeClients, openClients } from '../collab/openClients'
import { settledRss } from '../collab/procStats'
import type { ServerKind } from '../collab/servers'
import { launchBenchServer } from '../collab/servers'
import type { UpdateReach } from '../collab/UpdateReach'

export interface IdlePlans {
  server: string
  plans: number
  /** Mean size of a plan's encoded state: its content, for comparison. */
  contentBytes: number
  openMs: number
  failed: number
  /** Freshly restarted, one plan loaded to warm it up. */
  rssBefore: number
  /** The first `plans` plans loaded, one idle client on each. */
  rssLoaded: number
  /** All clients gone and the unload delay passed. */
  rssReleased: number
  /** Then `plans` other plans loaded the same way. */
  rssReloaded: number
  /** After those clients left too: Y.Docs (any subclass) and Yjs items still on the heap. */
  docsLeft: number
  itemsLeft: number
}

/** Constructor names of a Y.Doc in each server: Yjs's own, y-websocket's, Hocuspocus's. */
const DOC_CLASSES = ['Doc', 'WSSharedDoc', 'Document']

/** Clients connecting at once; more only measures the kernel's listen backlog. */
const MAX_IN_FLIGHT = 100

/**
 * Loads `plans` plans (one client each, which stays, since every server keeps a plan loaded
 * while a client is connected), reads the server's memory, lets every client leave and the
 * plans unload, then loads `plans` other plans: if the memory of the first ones was released
 * for reuse, the second load grows RSS much less than the first, even when V8 kept its pages.
 * Once those clients left too, a heap snapshot counts the Y.Docs and Yjs items still held.
 */
export const measureIdlePlans = async (
  kind: ServerKind,
  options: { plans: number; unloadSeconds: number; settleSeconds: number; reach: UpdateReach },
): Promise<IdlePlans> => {
  const server = await launchBenchServer(kind, {
    // Two sets of plans, and one more that warms the server up.
    plans: options.plans * 2 + 1,
    clientsPerPlan: 1,
    env: { IDLE_UNLOAD_SECONDS: String(options.unloadSeconds) },
    seedConcurrency: 25,
  })
  try {
    const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idle-heap-'))
    await server.restart({ nodeArgs: heapSnapshotFlags(snapshotDir) })
    // One plan opened first, and kept, pays what the first plan of all costs (code compiled
    // on first use, caches), so that the readings below differ by the plans alone.
    const warmPlan = server.plans[options.plans * 2]
    if (!warmPlan) throw new Error('No plan to warm up with')
    const warm = await openClients([joinOptions(server, warmPlan, 0, options.reach)])
    const rssBefore = await settledRss(server.pid, options.settleSeconds)
    const load = (from: number) =>
      openClients(
        server.plans
          .slice(from, from + options.plans)
          .map((plan) => joinOptions(server, plan, 0, options.reach)),
        { maxInFlight: MAX_IN_FLIGHT },
      )
    const first = await load(0)
    const rssLoaded = await settledRss(server.pid, options.settleSeconds)
    await closeClients(first.clients)
    const rssReleased = await settledRss(
      server.pid,
      Math.max(options.settleSeconds, options.unloadSeconds + 2),
    )
    const second = await load(options.plans)
    const rssReloaded = await settledRss(server.pid, options.settleSeconds)
    await closeClients([...second.clients, ...warm.clients])
    await new Promise((resolve) => setTimeout(resolve, (options.unloadSeconds + 2) * 1000))
    const census = await takeHeapCensus(server.pid, snapshotDir, [...DOC_CLASSES, 'Item'])
    fs.rmSync(snapshotDir, { recursive: true, force: true })
    const firstPlans = server.plans.slice(0, options.plans)
    return {
      server: server.name,
      plans: options.plans,
      contentBytes:
        firstPlans.reduce((sum, plan) => sum + plan.baseState.byteLength, 0) / firstPlans.length,
      openMs: first.ms,
      failed: warm.failed + first.failed + second.failed,
      rssBefore,
      rssLoaded,
      rssReleased,
      rssReloaded,
      docsLeft: DOC_CLASSES.reduce((sum, name) => sum + (census.get(name) ?? 0), 0),
      itemsLeft: census.get('Item') ?? 0,
    }
  } finally {
    await server.stop()
  }
}
