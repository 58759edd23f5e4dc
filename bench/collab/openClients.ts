import type { JoinClientOptions } from './JoinClient'
import { JoinClient } from './JoinClient'

export interface OpenedClients {
  clients: JoinClient[]
  /** From the first connect until every client was synced or had failed. */
  ms: number
  /** Clients that closed, errored or timed out before they were synced. */
  failed: number
}

/**
 * Opens one client per entry of `options`, keeping at most `maxInFlight` of them connecting at
 * once (a reconnect storm paced by the clients, not by the kernel's listen backlog), and waits
 * until each is synced or failed. `Infinity` opens them all in the same event-loop turn.
 */
export const openClients = async (
  options: readonly JoinClientOptions[],
  { maxInFlight = Infinity, timeoutMs = 60_000 } = {},
): Promise<OpenedClients> => {
  const clients: JoinClient[] = []
  let failed = 0
  let next = 0
  const started = performance.now()
  const openOne = async (spec: JoinClientOptions): Promise<void> => {
    const client = new JoinClient(spec)
    clients.push(client)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Not synced in time')), timeoutMs)
    })
    try {
      await Promise.race([client.synced, timeout])
    } catch {
      failed++
    } finally {
      clearTimeout(timer)
    }
  }
  const worker = async (): Promise<void> => {
    while (next < options.length) {
      const spec = options[next++]
      if (spec) await openOne(spec)
    }
  }
  if (maxInFlight >= options.length) {
    await Promise.all(options.map(openOne))
  } else {
    await Promise.all(Array.from({ length: maxInFlight }, worker))
  }
  return { clients, ms: performance.now() - started, failed }
}

/** Closes every client and waits until the server has answered each close. */
export const closeClients = async (clients: readonly JoinClient[]): Promise<void> => {
  for (const client of clients) client.close()
  await Promise.all(clients.map((client) => client.closed))
}
