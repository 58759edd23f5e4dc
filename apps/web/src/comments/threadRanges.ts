import { anchorRange, resolveAnchor } from '@coplan/schema'
import type { CommentAnchor, TextQuote } from '@coplan/schema'
import type { Node as PmNode, Schema } from '@tiptap/pm/model'
import type { Mappable } from '@tiptap/pm/transform'
import type * as Y from 'yjs'

/** A thread as the highlights need it: where it points, and what it quoted. */
export interface AnchoredThread {
  id: string
  anchor: CommentAnchor
  quote: TextQuote
}

export interface TextRange {
  from: number
  to: number
}

/** Each thread's passage now, or `null` when it is detached (its text is gone). */
export type ThreadRanges = ReadonlyMap<string, TextRange | null>

/**
 * Resolves every anchor against the Y.Doc, whose positions are the editor's. `pmDoc` is the
 * editor's document, searched for the quotes of threads whose passage was deleted.
 */
export const resolveThreadRanges = (
  doc: Y.Doc,
  schema: Schema,
  threads: readonly AnchoredThread[],
  pmDoc: PmNode,
): ThreadRanges => {
  const ranges = new Map<string, TextRange | null>()
  for (const thread of threads) {
    let resolution: ReturnType<typeof resolveAnchor>
    try {
      resolution = resolveAnchor(doc, schema, thread.anchor, thread.quote, pmDoc)
    } catch (error) {
      // A position from another document (or a corrupt one) must not take the editor down.
      console.warn(`Comment thread ${thread.id} has an unreadable anchor`, error)
      resolution = { state: 'detached' }
    }
    ranges.set(
      thread.id,
      resolution.state === 'detached' ? null : { from: resolution.from, to: resolution.to },
    )
  }
  return ranges
}

/** The passage of a draft's anchor, or null if it spans nothing (any more). */
export const resolveDraftRange = (
  doc: Y.Doc,
  schema: Schema,
  anchor: CommentAnchor,
): TextRange | null => {
  try {
    return anchorRange(doc, schema, anchor)
  } catch {
    return null
  }
}

/**
 * Moves a range through a local edit. Text typed at either end stays outside, as with the
 * anchors of `createAnchor`, so the next resolution from the anchors agrees with this.
 */
export const mapRange = (range: TextRange | null, mapping: Mappable): TextRange | null => {
  if (!range) return null
  const from = mapping.map(range.from, 1)
  const to = mapping.map(range.to, -1)
  return from < to ? { from, to } : null
}

export const mapThreadRanges = (ranges: ThreadRanges, mapping: Mappable): ThreadRanges =>
  new Map([...ranges].map(([id, range]) => [id, mapRange(range, mapping)]))
