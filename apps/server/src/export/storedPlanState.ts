import type { DocumentStore } from '../persistence/DocumentStore'

/**
 * A plan's current state read straight from the store, as the updates to apply in order,
 * without loading it into a room: every update the server has relayed is stored, so this is
 * the text everyone sees. How workers get a plan: the server's exports and versions (after
 * storing an open room's pending turn), and the command line while the server may be running.
 */
export const storedPlanState = (store: DocumentStore, planId: string): Uint8Array[] => {
  const stored = store.load(planId)
  return stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
}
