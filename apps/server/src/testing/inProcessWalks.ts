import { planDocToJSON, planStats } from '@coplan/schema'
import * as Y from 'yjs'
import { storedPlanState } from '../export/storedPlanState'
import type { DocumentStore } from '../persistence/DocumentStore'
import type { PlanWalks } from '../versions/VersionService'

const notWalkedHere = (): Promise<never> =>
  Promise.reject(new Error('Versions’ contents and restores are walked by workers only'))

/**
 * The walks versions take, done on the test's thread over the plan as `documents` stores it,
 * as a worker does over the database: for logic tests of statuses and versions without workers.
 * Opening or restoring a version is left to the integration tests.
 */
export const inProcessWalks = (documents: DocumentStore): PlanWalks => {
  const docOf = (planId: string): Y.Doc => {
    const doc = new Y.Doc()
    doc.transact(() => {
      for (const update of storedPlanState(documents, planId)) Y.applyUpdate(doc, update)
    })
    return doc
  }
  return {
    stats: async (planId) => planStats(planDocToJSON(docOf(planId))),
    versionState: async (planId) => {
      const doc = docOf(planId)
      return { state: Y.encodeStateAsUpdate(doc), stats: planStats(planDocToJSON(doc)) }
    },
    contentJson: notWalkedHere,
    restoreUpdate: notWalkedHere,
  }
}
