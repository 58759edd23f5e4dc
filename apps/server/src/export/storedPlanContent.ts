import { planDocToJSON } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { DocumentStore } from '../persistence/DocumentStore'

/**
 * A plan's current body read straight from the store, without loading it into a room: how the
 * command line exports while the server may be running. Every update the server has relayed is
 * stored, so this is the text everyone sees.
 */
export const storedPlanContent = (store: DocumentStore, planId: string): JSONContent => {
  const stored = store.load(planId)
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
    })
    return planDocToJSON(doc)
  } finally {
    doc.destroy()
  }
}
