import { PLAN_LIMITS } from '@coplan/schema'
import * as Y from 'yjs'

/**
 * How deep a Yjs type (an element or a text) may stand in a plan: elements down to
 * `PLAN_LIMITS.maxDepth` (a paragraph straight in the body is at 1), and the text of an element
 * one level below it. Anything else that holds items (a text in a text, which the body's shape
 * refuses anyway) counts as an element, so nothing nests without bound.
 */
export const deepestAllowed = (type: unknown): number =>
  type instanceof Y.XmlText ? PLAN_LIMITS.maxDepth + 1 : PLAN_LIMITS.maxDepth

/** The type an item belongs to, once integrated (before, Yjs keeps an id or a name there). */
const parentOf = (item: Y.Item): Y.AbstractType<unknown> | null =>
  item.parent instanceof Y.AbstractType ? item.parent : null

/**
 * How deep `type` stands in its doc: 0 for a root, 1 for a type straight in it. Walks up at
 * most `bound + 1` levels and returns `bound + 1` for anything deeper, so checking a limit costs
 * no more than the limit.
 */
export const boundedDepthOf = (type: Y.AbstractType<unknown>, bound: number): number => {
  let depth = 0
  for (let item = type._item; item !== null; item = parentOf(item)?._item ?? null) {
    if (++depth > bound) return depth
  }
  return depth
}

/**
 * Exact depths of many types of one doc, each level walked once however many types are asked
 * about (a whole doc, or a chain thousands deep, in time linear in its size).
 */
export class TypeDepths {
  readonly #known = new Map<Y.AbstractType<unknown>, number>()

  of(type: Y.AbstractType<unknown>): number {
    const path: Y.AbstractType<unknown>[] = []
    let depth = 0
    for (let at: Y.AbstractType<unknown> | null = type; at?._item; at = parentOf(at._item)) {
      const known = this.#known.get(at)
      if (known !== undefined) {
        depth = known
        break
      }
      path.push(at)
    }
    for (let i = path.length - 1; i >= 0; i--)
      this.#known.set(path[i] as Y.AbstractType<unknown>, ++depth)
    return this.#known.get(type) ?? depth
  }
}
