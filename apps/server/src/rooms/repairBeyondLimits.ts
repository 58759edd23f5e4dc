import type * as Y from 'yjs'
import type { BodyShape, ClockRange, StrayKind } from './BodyShape'
import { deleteDeepestFirst } from './deleteDeepestFirst'

/** What `repairBeyondLimits` took out: items, by why they did not belong. */
export type RepairCounts = Record<StrayKind, number>

/** Every clock of every client `doc` holds. */
const everything = (doc: Y.Doc): ClockRange[] =>
  [...doc.store.clients].map(([client, structs]) => {
    const last = structs[structs.length - 1]
    return { client, from: 0, to: last ? last.id.clock + last.length : 0 }
  })

/**
 * Takes out of `doc` every item that `shape` would refuse in an update (`BodyShape.strays`):
 * anything outside the plan body or not shaped as the editor makes it, elements nested deeper
 * than `PLAN_LIMITS.maxDepth`, attribute and mark values the rules refuse. For a plan stored
 * before these were refused, or by other means than the room; meant to run when a plan loads,
 * and from the admin command line.
 *
 * Guarantees, once it returns: `shape.strays` finds nothing in the whole doc; the deletions
 * were made and garbage-collected deepest first, so neither this nor storing, loading or
 * walking the doc afterwards recurses over a deep subtree (a chain 50,000 deep is fine); what
 * the editor made is untouched (a link whose target is refused loses its link, not its text).
 * Runs in one Yjs transaction with `origin`, so a room's usual listeners store and relay it.
 * A pure function of the doc and the shape: no clock, no storage, no logging. Cost: a look at
 * every item of the doc, each element's depth walked up to the limit at most.
 */
export const repairBeyondLimits = (
  doc: Y.Doc,
  shape: BodyShape,
  origin?: unknown,
): RepairCounts => {
  const strays = shape.strays(doc, everything(doc))
  const counts: RepairCounts = { shape: 0, depth: 0, attribute: 0 }
  for (const item of strays) counts[shape.kindOf(item)] += 1
  deleteDeepestFirst(doc, strays, origin)
  return counts
}
