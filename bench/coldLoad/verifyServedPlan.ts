import { JoinClient } from '../collab/JoinClient'
import { joinOptions } from '../collab/joinOptions'
import type { BenchServer } from '../collab/servers'
import type { UpdateReach } from '../collab/UpdateReach'
import { paragraphText } from './traceDocument'

/**
 * Restarts the server and has one real client (it applies what it receives) open the plan:
 * its text must be the trace's end. This proves the server stored the plan (peers were seeded
 * over the protocol) and serves all of it after a restart, before anything is timed.
 */
export const verifyServedPlan = async (
  server: BenchServer,
  options: { endContent: string; reach: UpdateReach },
): Promise<void> => {
  await server.restart()
  const plan = server.plans[0]
  if (!plan) throw new Error(`${server.name} has no plan`)
  const client = new JoinClient({ ...joinOptions(server, plan, 0, options.reach), keepDoc: true })
  const timeout = setTimeout(() => client.close(), 30_000)
  try {
    await client.synced
  } finally {
    clearTimeout(timeout)
  }
  const text = client.doc ? paragraphText(client.doc) : ''
  client.close()
  await client.closed
  if (text !== options.endContent) {
    throw new Error(
      `${server.name} served ${text.length} characters after a restart, not the trace's ${options.endContent.length}: was it stored?`,
    )
  }
}
