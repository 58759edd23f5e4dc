import { PLAN_BODY_FIELD, createPlanSchema } from '@coplan/schema'
import * as Y from 'yjs'
import type { DocumentStore } from '../persistence/DocumentStore'
import { BodyShape } from '../rooms/BodyShape'
import type { ClockRange } from '../rooms/BodyShape'
import { encodeIntegrated, takeHeldAside } from '../rooms/encodeIntegrated'
import { loadPlanDoc } from '../rooms/loadPlanDoc'
import { repairBeyondLimits } from '../rooms/repairBeyondLimits'

/** What `check-plans` finds in one plan's stored document. */
export interface PlanHealth {
  planId: string
  /** Stored rows Yjs cannot read: the plan does not open until repaired. */
  unreadableRows: number
  /** Stored content that builds on changes never stored: set aside when the plan next loads. */
  unintegrated: number
  /** Parts set aside earlier, kept for repair. */
  setAside: number
  /** Items the server would refuse today (schema or limits): taken out when the plan loads. */
  strays: number
}

/** Whether `repair-plan` has something to do (parts already set aside stay so until they integrate). */
export const needsRepair = (health: PlanHealth): boolean =>
  health.unreadableRows + health.unintegrated + health.strays > 0

/** What `repair-plan` did to one plan. */
export interface PlanRepair {
  /** Parts newly set aside (unreadable rows, content building on changes never stored). */
  setAside: number
  /** Parts set aside earlier that now integrate, and were taken back into the plan. */
  reintegrated: number
  /** Parts still set aside, waiting for what they build on. */
  stillAside: number
  /** Items taken out for what the plan may not hold. */
  strays: number
}

/** Every clock of every client of `doc`. */
const everything = (doc: Y.Doc): ClockRange[] =>
  [...doc.store.clients.keys()].map((client) => ({
    client,
    from: 0,
    to: Y.getState(doc.store, client),
  }))

/**
 * Reads plans' stored documents and says what would stop them opening, or what the server would
 * set aside or take out when they load; `repair` does it now. Neither loads a plan into a
 * server: `repair` must not run while one serves the data directory (its open plans would
 * overwrite the repair when they compact), which the command checks.
 */
export class PlanHealthCheck {
  readonly #store: DocumentStore
  readonly #shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)

  constructor(store: DocumentStore) {
    this.#store = store
  }

  check(planId: string): PlanHealth {
    const stored = this.#store.load(planId)
    const { doc, setAside } = loadPlanDoc(stored, { setAsideUnreadable: true })
    try {
      return {
        planId,
        unreadableRows: setAside.filter((part) => part.reason === 'unreadable').length,
        unintegrated: setAside.filter((part) => part.reason === 'missing-dependency').length,
        setAside: this.#store.setAsideOf(planId).length,
        strays: this.#shape.strays(doc, everything(doc)).length,
      }
    } finally {
      doc.destroy()
    }
  }

  /**
   * Loads what integrates, sets the rest aside, takes parts set aside earlier back in where
   * what they build on has arrived since, takes out what the plan may not hold, and stores the
   * result as the plan's one snapshot, all in one transaction.
   */
  repair(planId: string): PlanRepair {
    const store = this.#store
    const stored = store.load(planId)
    const { doc, setAside } = loadPlanDoc(stored, { setAsideUnreadable: true })
    try {
      const earlier = store.setAsideOf(planId)
      const reintegrated: number[] = []
      for (const part of earlier) {
        try {
          Y.applyUpdate(doc, part.data)
        } catch {
          continue
        }
        // Whole, or not at all: a part that still waits stays aside as it was.
        if (takeHeldAside(doc).length === 0) reintegrated.push(part.id)
      }
      const repaired = repairBeyondLimits(doc, this.#shape)
      const state = encodeIntegrated(doc)
      store.transaction(() => {
        store.setAside(planId, setAside)
        store.dropSetAside(reintegrated)
        store.compact(planId, state)
      })
      return {
        setAside: setAside.length,
        reintegrated: reintegrated.length,
        stillAside: earlier.length - reintegrated.length,
        strays: repaired.shape + repaired.depth + repaired.attribute,
      }
    } finally {
      doc.destroy()
    }
  }
}
