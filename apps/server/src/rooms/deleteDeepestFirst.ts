import * as Y from 'yjs'
import { TypeDepths } from './typeDepth'

/** How deep an item stands: the depth of the type it belongs to, plus one. */
const depthOfItem = (depths: TypeDepths, item: Y.Item): number =>
  item.parent instanceof Y.AbstractType ? depths.of(item.parent) + 1 : 0

/**
 * Deletes `items` from `doc` in one transaction (with `origin`) without recursing over a deep
 * subtree, however deep the doc is.
 *
 * Yjs deletes a type by deleting each of its children (`ContentType.delete`) and collects the
 * garbage of a deleted type the same way (`ContentType.gc`): both recurse once per level, so
 * deleting the top of a chain thousands deep overflows the stack, and its garbage collection
 * does too in whatever order the delete set lists the items. Here the deepest items go first,
 * so each one's children are deleted already; the transaction runs without Yjs's garbage
 * collection, which is done afterwards in the same deepest-first order (what Yjs's would have
 * done: a deleted item's content is dropped, its children become plain GC structs), so no
 * deleted chain is left with its content either, which would recurse when the stored plan is
 * loaded and its deletions applied.
 *
 * A deep subtree must be listed whole in `items` (all beyond a limit, say); what is not
 * listed is deleted with its parent, recursing as deep as it goes. Throws inside another
 * transaction, whose end would collect the garbage the recursive way. On a doc without garbage
 * collection (`gc: false`) the deleted items keep their content, and loading what it stores
 * applies their deletion parent first, recursing: give it a doc with Yjs's default `gc`.
 */
export const deleteDeepestFirst = (
  doc: Y.Doc,
  items: readonly Y.Item[],
  origin?: unknown,
): void => {
  if (items.length === 0) return
  if (doc._transaction !== null)
    throw new Error('deleteDeepestFirst runs in a transaction of its own')
  const depths = new TypeDepths()
  const deepestFirst = items
    .map((item) => ({ item, depth: depthOfItem(depths, item) }))
    .sort((a, b) => b.depth - a.depth)
    .map(({ item }) => item)
  const collectGarbage = doc.gc
  doc.gc = false
  try {
    doc.transact((transaction) => {
      for (const item of deepestFirst) if (!item.deleted) item.delete(transaction)
    }, origin)
  } finally {
    doc.gc = collectGarbage
  }
  if (!collectGarbage) return
  for (const item of deepestFirst) {
    if (
      item.deleted &&
      !item.keep &&
      !(item.content instanceof Y.ContentDeleted) &&
      doc.gcFilter(item)
    ) {
      item.gc(doc.store, false)
    }
  }
}
