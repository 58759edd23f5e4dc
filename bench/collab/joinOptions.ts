import type { JoinClientOptions } from './JoinClient'
import type { BenchServer, PreparedPlan } from './servers'
import type { UpdateReach } from './UpdateReach'
import { stateVectorOf } from './UpdateReach'

const stateVectors = new WeakMap<Uint8Array, Map<number, number>>()

/**
 * How client `client` of `plan` joins `server`: synced once it has all of the plan's state
 * (the null relay keeps none: its empty step 2 is all there is), and for Coplan once it has
 * its session notice too.
 */
export const joinOptions = (
  server: BenchServer,
  plan: PreparedPlan,
  client: number,
  reach: UpdateReach,
): JoinClientOptions => {
  let expected = stateVectors.get(plan.baseState)
  if (!expected) {
    expected = stateVectorOf(plan.baseState)
    stateVectors.set(plan.baseState, expected)
  }
  return {
    url: plan.url(client),
    dialect: server.dialect,
    documentName: plan.documentName,
    token: plan.token(client),
    expected: server.name === 'null relay' ? new Map() : expected,
    reach,
    requireSessionNotice: server.name === 'Coplan',
  }
}
