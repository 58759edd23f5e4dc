import { KeystrokeLedger, LoadClient } from './LoadClient'
import { cpuTimes, watchPeakRss } from './procStats'
import type { ServerKind } from './servers'
import { launchBenchServer } from './servers'
import { startTyping } from './startTyping'
import { makeTypingScript } from './typingScript'

export interface TypingLoad {
  plans: number
  clientsPerPlan: number
  /** Clients per plan that type; the others only watch. */
  typistsPerPlan: number
  keystrokesPerSecond: number
  seconds: number
}

export interface TypingResult {
  server: string
  connectMs: number
  p50: number
  p95: number
  p99: number
  max: number
  expected: number
  missing: number
  serverPeakMb: number
  /** Server CPU time per delivered keystroke, in microseconds. */
  cpuPerDeliveryUs: number
  /**
   * The part of it spent in the kernel (system time): mostly sending and receiving on sockets,
   * and storage writes.
   */
  kernelPerDeliveryUs: number
  /** The load generator's own CPU use, as a share of one core. */
  generatorCpu: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs one typing load against one server, started fresh for it, and measures it. */
export const runTypingLoad = async (kind: ServerKind, load: TypingLoad): Promise<TypingResult> => {
  const connections = load.plans * load.clientsPerPlan
  const server = await launchBenchServer(kind, {
    plans: load.plans,
    clientsPerPlan: load.clientsPerPlan,
    // All load clients come from one address; Coplan allows 1,000 per address by default.
    env: { CONNECTIONS_PER_ADDRESS: String(connections + 100) },
  })
  try {
    const ledger = new KeystrokeLedger()
    const keystrokes = Math.round(load.keystrokesPerSecond * load.seconds)
    const loadClients: LoadClient[] = []
    const typists: LoadClient[] = []
    for (const plan of server.plans) {
      for (let c = 0; c < load.clientsPerPlan; c++) {
        const script = c < load.typistsPerPlan ? makeTypingScript(plan.baseState, keystrokes) : null
        if (script) ledger.register(script)
        const client = new LoadClient({
          url: plan.url(c),
          dialect: server.dialect,
          documentName: plan.documentName,
          token: plan.token(c),
          ledger,
          script,
        })
        loadClients.push(client)
        if (script) typists.push(client)
      }
    }
    const connectStart = performance.now()
    await Promise.all(loadClients.map((client) => client.synced))
    const connectMs = performance.now() - connectStart

    const cpuBefore = cpuTimes(server.pid)
    const stopPeak = watchPeakRss(server.pid)
    const generatorBefore = process.cpuUsage()
    const wallStart = performance.now()
    const stopTyping = startTyping(typists, load.keystrokesPerSecond)
    await sleep(load.seconds * 1000 + 1000 / load.keystrokesPerSecond)
    stopTyping()
    // Deliveries still in flight.
    await sleep(2000)
    const wallSeconds = (performance.now() - wallStart) / 1000
    const generator = process.cpuUsage(generatorBefore)
    const cpuAfter = cpuTimes(server.pid)
    const serverCpu = cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system
    const serverKernel = cpuAfter.system - cpuBefore.system
    const peak = stopPeak()

    const sent = [...ledger.sentAt.values()].reduce((sum, times) => sum + times.length, 0)
    const expected = sent * (load.clientsPerPlan - 1)
    const sorted = ledger.latencies.sort((a, b) => a - b)
    for (const client of loadClients) client.close()
    return {
      server: server.name,
      connectMs,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
      expected,
      missing: expected - ledger.delivered,
      serverPeakMb: peak / 1024 / 1024,
      cpuPerDeliveryUs: ledger.delivered ? (serverCpu * 1e6) / ledger.delivered : Number.NaN,
      kernelPerDeliveryUs: ledger.delivered ? (serverKernel * 1e6) / ledger.delivered : Number.NaN,
      generatorCpu: (generator.user + generator.system) / 1e6 / wallSeconds,
    }
  } finally {
    await server.stop()
  }
}
