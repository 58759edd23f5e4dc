import type { JSONContent } from '@tiptap/core'
import type { Node as PmNode, Schema } from '@tiptap/pm/model'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
} from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { FlatText } from './flatText'
import { flattenText, offsetAt, positionAt } from './flatText'
import { planDocToJSON } from './planDocument'
import { PLAN_BODY_FIELD } from './planFields'
import { PLAN_LIMITS } from './planLimits'

/** The commented passage as text, with some context to find it again if it moves or returns. */
export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

/**
 * Where a comment thread points. `start` and `end` are encoded Yjs relative positions, which
 * follow concurrent edits; `quote` is what was selected, used when the positions no longer
 * span any text (the passage was deleted) to re-attach the thread if the text comes back.
 */
export interface CommentAnchor {
  start: Uint8Array
  end: Uint8Array
}

/** Characters of context kept before and after a quote. */
export const QUOTE_CONTEXT = 32

/** Longest passage a thread may quote; a longer selection is anchored whole but quoted cut. */
export const MAX_QUOTE = 1000

export type AnchorResolution =
  | { state: 'attached'; from: number; to: number }
  /** The passage was gone but its quote was found again (undo, restore, retyped). */
  | { state: 'reattached'; from: number; to: number }
  | { state: 'detached' }

/**
 * What y-prosemirror calls the mapping, computed from the Yjs tree itself: the ProseMirror
 * node size of each element. The editor's own binding has the same; computing it lets the
 * server and tests convert positions without an editor.
 *
 * Positions count what `planBodyNode` holds: an element deeper than `PLAN_LIMITS.maxDepth`,
 * or of a type the schema lacks, is left out there, so it has no size here (y-tiptap's
 * position walks step over an element of size 0). Sizes are computed without recursion.
 */
export const nodeSizeMapping = (schema: Schema) => {
  const sizes = new WeakMap<object, number>()
  /** How deep `type` stands in the body (1: straight in it), or Infinity beyond the limit. */
  const depthOf = (type: Y.XmlElement): number => {
    let depth = 0
    for (let item = type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) {
      if (++depth > PLAN_LIMITS.maxDepth) return Infinity
    }
    return depth
  }
  const sizeOf = (top: Y.XmlElement): number => {
    const cached = sizes.get(top)
    if (cached !== undefined) return cached
    const topDepth = depthOf(top)
    // Post-order without recursion: an element is sized once its children are.
    const stack: { element: Y.XmlElement; depth: number; expanded: boolean }[] = [
      { element: top, depth: topDepth, expanded: false },
    ]
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number]
      const { element, depth } = frame
      const nodeType = schema.nodes[element.nodeName]
      if (!nodeType || depth > PLAN_LIMITS.maxDepth || nodeType.isLeaf) {
        sizes.set(element, !nodeType || depth > PLAN_LIMITS.maxDepth ? 0 : 1)
        stack.pop()
        continue
      }
      const children = element.toArray()
      if (!frame.expanded) {
        frame.expanded = true
        for (const child of children) {
          if (child instanceof Y.XmlElement && !sizes.has(child)) {
            stack.push({ element: child, depth: depth + 1, expanded: false })
          }
        }
        continue
      }
      let size = 2
      for (const child of children) {
        if (child instanceof Y.XmlText) size += child.length
        else if (child instanceof Y.XmlElement) size += sizes.get(child) ?? 0
      }
      sizes.set(element, size)
      stack.pop()
    }
    return sizes.get(top) ?? 0
  }
  return {
    get: (type: unknown) => (type instanceof Y.XmlElement ? { nodeSize: sizeOf(type) } : undefined),
  } as unknown as Map<Y.AbstractType<unknown>, PmNode>
}

/**
 * A ProseMirror node of `json` (within the limits, from `planDocToJSON`), with every element
 * and character `nodeSizeMapping` counts: an element or mark the schema lacks is left out, as
 * the editor's binding leaves it out, but content that breaks an element's content expression
 * (concurrent edits can make it) is kept, where the binding would drop it, so that positions
 * stay those of the doc. Recursive: the JSON is at most `PLAN_LIMITS.maxDepth` deep.
 */
const nodeOf = (schema: Schema, json: JSONContent): PmNode | null => {
  const type = json.type === undefined ? undefined : schema.nodes[json.type]
  if (!type) return null
  try {
    if (type.isText) {
      const marks = (json.marks ?? []).flatMap((mark) => {
        const markType = schema.marks[mark.type]
        return markType ? [markType.create(mark.attrs)] : []
      })
      return schema.text(json.text ?? '', marks)
    }
    const content = (json.content ?? []).flatMap((child) => nodeOf(schema, child) ?? [])
    return type.create(json.attrs, content)
  } catch {
    // An empty text, or attributes the schema cannot take; the rules make neither.
    return null
  }
}

/**
 * The plan body of `doc` as a ProseMirror document, within the plan's limits (what
 * `planDocToJSON` holds); positions in it are those `nodeSizeMapping` counts. Unlike
 * y-tiptap's `yXmlFragmentToProseMirrorRootNode`, it neither recurses over the Yjs tree nor
 * deletes from the doc what it cannot read.
 */
export const planBodyNode = (doc: Y.Doc, schema: Schema): PmNode =>
  nodeOf(schema, planDocToJSON(doc)) ?? schema.topNodeType.create()

/** The quote of the range `from`–`to` of `pmDoc`, with context. */
export const quoteOf = (
  pmDoc: PmNode,
  from: number,
  to: number,
  flat = flattenText(pmDoc),
): TextQuote => {
  const start = offsetAt(flat, from)
  const end = offsetAt(flat, to)
  return {
    exact: flat.text.slice(start, Math.min(end, start + MAX_QUOTE)),
    prefix: flat.text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: flat.text.slice(end, end + QUOTE_CONTEXT),
  }
}

/**
 * Anchors the ProseMirror range `from`–`to` of the plan body of `doc` so that it keeps exactly
 * its own characters: text typed just before or just after the passage stays outside it, text
 * typed inside joins it, as in other document editors.
 *
 * y-prosemirror ties a position to the character on its left. That is right for the end, but
 * would let the start swallow whatever is typed in front of the passage; so the start is tied
 * to the passage's first character instead (when the passage starts with text).
 */
export const createAnchor = (
  doc: Y.Doc,
  schema: Schema,
  from: number,
  to: number,
  pmDoc: PmNode = planBodyNode(doc, schema),
): CommentAnchor => {
  const fragment = doc.getXmlFragment(PLAN_BODY_FIELD)
  const mapping = nodeSizeMapping(schema)
  const relative = (pos: number) => absolutePositionToRelativePosition(pos, fragment, mapping)
  const end = Y.encodeRelativePosition(relative(to))
  let start = relative(from)
  if (from + 1 <= to && pmDoc.resolve(from).nodeAfter?.isText) {
    // The position after the first character, looking left, is that character itself;
    // turned to look right (assoc 0), it stays with it.
    const afterFirst = relative(from + 1)
    if (afterFirst.item)
      start = new Y.RelativePosition(afterFirst.type, afterFirst.tname, afterFirst.item, 0)
  }
  return { start: Y.encodeRelativePosition(start), end }
}

/** The ProseMirror range an anchor spans now, or null if its positions span nothing. */
export const anchorRange = (
  doc: Y.Doc,
  schema: Schema,
  anchor: CommentAnchor,
): { from: number; to: number } | null => {
  const fragment = doc.getXmlFragment(PLAN_BODY_FIELD)
  const mapping = nodeSizeMapping(schema)
  const toAbsolute = (encoded: Uint8Array): number | null =>
    relativePositionToAbsolutePosition(doc, fragment, Y.decodeRelativePosition(encoded), mapping)
  const from = toAbsolute(anchor.start)
  const to = toAbsolute(anchor.end)
  return from === null || to === null || from >= to ? null : { from, to }
}

/**
 * Where the quote is in `flat`, preferring the occurrence whose surroundings match the quote's
 * context best; null if the exact text is nowhere.
 */
export const findQuote = (
  flat: FlatText,
  quote: TextQuote,
): { from: number; to: number } | null => {
  if (!quote.exact) return null
  let best: { index: number; score: number } | null = null
  for (
    let index = flat.text.indexOf(quote.exact);
    index >= 0;
    index = flat.text.indexOf(quote.exact, index + 1)
  ) {
    const before = flat.text.slice(Math.max(0, index - quote.prefix.length), index)
    const after = flat.text.slice(
      index + quote.exact.length,
      index + quote.exact.length + quote.suffix.length,
    )
    const score = commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix)
    if (!best || score > best.score) best = { index, score }
  }
  if (!best) return null
  return {
    from: positionAt(flat, best.index),
    to: positionAt(flat, best.index + quote.exact.length - 1) + 1,
  }
}

/**
 * Where a thread's highlight belongs now: on its anchor while that spans text; otherwise on
 * the quoted text if it is in the document again; otherwise nowhere (detached).
 */
export const resolveAnchor = (
  doc: Y.Doc,
  schema: Schema,
  anchor: CommentAnchor,
  quote: TextQuote,
  pmDoc: PmNode = planBodyNode(doc, schema),
): AnchorResolution => {
  const range = anchorRange(doc, schema, anchor)
  if (range) return { state: 'attached', ...range }
  const found = findQuote(flattenText(pmDoc), quote)
  return found ? { state: 'reattached', ...found } : { state: 'detached' }
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

const commonSuffix = (a: string, b: string): number => {
  let i = 0
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++
  return i
}
