import type { DocumentStore } from '../persistence/DocumentStore'

/**
 * A plan's current state read straight from the store, as the updates to apply in order,
 * without loading it into a room: how the command line exports while the server may be
 * running. Every update the server has relayed is stored, so this is the text everyone sees.
 */
export const storedPlanState = (store: DocumentStore, planId: string): Uint8Array[] => {
  const stored = store.load(planId)
  return stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
}
