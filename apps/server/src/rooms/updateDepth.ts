import * as Y from 'yjs'
import { ContentRefusedError } from './ContentRefusedError'
import { decodedUpdate, forgetDecoded } from './decodedUpdate'
import { boundedDepthOf, deepestAllowed } from './typeDepth'

type Struct = Y.Item | Y.GC | Y.Skip

/** How an update's item finds the depth of the type it goes in. */
type ParentStep =
  /** Known: the depth of that type (0: a root, or a parent found nowhere). */
  | { depth: number }
  /** As deep as the parent of `via` (a sibling), plus `plus` (1 when `via` is the parent). */
  | { via: Y.Item; plus: 0 | 1 }

/** The update's structs by client, in clock order, to find the one holding an id. */
const indexByClient = (structs: readonly Struct[]): Map<number, Struct[]> => {
  const byClient = new Map<number, Struct[]>()
  for (const struct of structs) {
    const list = byClient.get(struct.id.client)
    if (list) list.push(struct)
    else byClient.set(struct.id.client, [struct])
  }
  // Crafted bytes may list a client twice, in any order.
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  return byClient
}

const findIn = (list: readonly Struct[] | undefined, clock: number): Struct | null => {
  if (!list) return null
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const struct = list[mid] as Struct
    if (clock < struct.id.clock) high = mid - 1
    else if (clock >= struct.id.clock + struct.length) low = mid + 1
    else return struct
  }
  return null
}

/** The struct of `doc` holding `id`, or null if the doc does not have it yet. */
const findInDoc = (doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null => {
  const structs = doc.store.clients.get(id.client)
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return null
  return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC
}

/**
 * The deepest the types of an update go, resolving where each goes as Yjs will: an item names
 * its parent (by the id of the parent's item, or a root's name) unless it has a neighbour, whose
 * parent it shares. Parents are looked up in the doc (walked up at most to the limit), in the
 * update itself, then in the updates queued before it in this turn; a parent found nowhere
 * counts as a root, so the depth is a lower bound. Iterative with memory, so a chain of any
 * length costs time linear in the updates.
 */
class DepthWalk {
  readonly #doc: Y.Doc
  readonly #structs: readonly Struct[]
  readonly #queued: () => readonly Uint8Array[]
  #byClient: Map<number, Struct[]>
  #queueIndexed = false
  readonly #memo = new Map<Y.Item, number>()

  constructor(doc: Y.Doc, structs: readonly Struct[], queued: () => readonly Uint8Array[]) {
    this.#doc = doc
    this.#structs = structs
    this.#queued = queued
    this.#byClient = indexByClient(structs)
  }

  /** The struct of the update (or of the turn's queued ones) holding `id`. */
  #find(id: Y.ID): Struct | null {
    const found = findIn(this.#byClient.get(id.client), id.clock)
    if (found || this.#queueIndexed) return found
    // Only now: most updates find every parent in themselves or the doc.
    this.#queueIndexed = true
    const queued = this.#queued().flatMap((update) => Y.decodeUpdate(update).structs)
    this.#byClient = indexByClient([...queued, ...this.#structs])
    return findIn(this.#byClient.get(id.client), id.clock)
  }

  /** Depth of the type `item` goes in (0 for a root). */
  parentDepth(item: Y.Item): number {
    const stack: Y.Item[] = [item]
    const waiting = new Set<Y.Item>()
    while (stack.length > 0) {
      // Only what is not known yet is pushed; `item` may be known (another's parent): its step
      // is then taken again, to the same depth.
      const top = stack[stack.length - 1] as Y.Item
      const step = this.#step(top)
      if ('depth' in step) {
        this.#memo.set(top, step.depth)
      } else {
        const via = this.#memo.get(step.via)
        if (via !== undefined) {
          this.#memo.set(top, via + step.plus)
        } else if (waiting.has(step.via)) {
          // Crafted ids that name each other: Yjs can never place them (it holds them aside).
          this.#memo.set(top, 0)
        } else {
          waiting.add(top)
          stack.push(step.via)
          continue
        }
      }
      stack.pop()
      waiting.delete(top)
    }
    return this.#memo.get(item) ?? 0
  }

  #step(item: Y.Item): ParentStep {
    const { parent, origin, rightOrigin } = item
    // An item names its parent (a root by its name, a type by its item's id) only when it has
    // no neighbours; straight in a root, it is at depth 1.
    if (parent instanceof Y.ID) return this.#inside(parent)
    for (const neighbour of [origin, rightOrigin]) {
      if (!neighbour) continue
      const known = findInDoc(this.#doc, neighbour)
      if (known instanceof Y.Item) {
        // Integrated, so its parent is a type (Yjs collects an item whose parent is gone).
        const type = known.parent as Y.AbstractType<unknown>
        return { depth: boundedDepthOf(type, deepestAllowed(type) + 1) }
      }
      // A collected neighbour: Yjs collects this item too (its parent is gone).
      if (known) continue
      const sibling = this.#find(neighbour)
      if (sibling instanceof Y.Item) return { via: sibling, plus: 0 }
      if (!sibling) return { depth: 0 }
    }
    // Straight in a root, or beside what Yjs collects.
    return { depth: 0 }
  }

  /** The step for an item whose parent is the type of the item `id`. */
  #inside(id: Y.ID): ParentStep {
    const known = findInDoc(this.#doc, id)
    if (known) {
      return known instanceof Y.Item && known.content instanceof Y.ContentType
        ? { depth: boundedDepthOf(known.content.type, deepestAllowed(known.content.type) + 1) }
        : { depth: 0 }
    }
    const parent = this.#find(id)
    return parent instanceof Y.Item && parent.content instanceof Y.ContentType
      ? { via: parent, plus: 1 }
      : { depth: 0 }
  }
}

/** The update's items that create a type (an element or a text). */
const typesOf = (structs: readonly Struct[]): (Y.Item & { content: Y.ContentType })[] =>
  structs.filter(
    (struct): struct is Y.Item & { content: Y.ContentType } =>
      struct instanceof Y.Item && struct.content instanceof Y.ContentType,
  )

/**
 * Refuses, before Yjs applies it, an update that creates elements (or texts) deeper than
 * `PLAN_LIMITS.maxDepth` (`ContentRefusedError`). It must never be applied: Yjs deletes and
 * garbage-collects a type by recursing into its children, so taking out a chain thousands deep
 * once it is in the doc overflows the stack (and crashes the server), and so does every walk
 * over it that recurses.
 *
 * An update that creates no types (typing) costs a look at its structs. Parents are found in
 * the doc, in the update, and in `queued`, the updates of this turn not applied yet (a chain
 * split over several updates of one turn is caught whole). Parents found nowhere (Yjs holds
 * such an update aside until they come) count as the body, so no one update brings more than
 * `maxDepth` levels; what pieces held aside make once they come in together is found by the
 * body's shape check (`BodyShape`) and taken out deepest first (`deleteDeepestFirst`).
 */
export const assertUpdateDepth = (
  update: Uint8Array,
  doc: Y.Doc,
  queued: () => readonly Uint8Array[],
): void => {
  const { structs } = decodedUpdate(update)
  // The last check to read the decoded update.
  forgetDecoded()
  const types = typesOf(structs)
  if (types.length === 0) return
  const walk = new DepthWalk(doc, structs, queued)
  for (const item of types) {
    if (walk.parentDepth(item) + 1 > deepestAllowed(item.content.type)) {
      throw new ContentRefusedError('depth', 'Update nests elements deeper than a plan may go')
    }
  }
}
