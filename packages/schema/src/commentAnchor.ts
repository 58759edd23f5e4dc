import type { Node as PmNode, Schema } from '@tiptap/pm/model'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { FlatText } from './flatText'
import { flattenText, offsetAt, positionAt } from './flatText'
import { PLAN_BODY_FIELD } from './planFields'

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
 */
export const nodeSizeMapping = (schema: Schema) => {
  const sizes = new WeakMap<object, number>()
  const sizeOf = (type: Y.XmlElement): number => {
    const cached = sizes.get(type)
    if (cached !== undefined) return cached
    const nodeType = schema.nodes[type.nodeName]
    let size = 1
    if (!nodeType?.isLeaf) {
      size = 2
      for (const child of type.toArray()) {
        size += child instanceof Y.XmlText ? child.length : sizeOf(child as Y.XmlElement)
      }
    }
    sizes.set(type, size)
    return size
  }
  return {
    get: (type: unknown) => (type instanceof Y.XmlElement ? { nodeSize: sizeOf(type) } : undefined),
  } as unknown as Map<Y.AbstractType<unknown>, PmNode>
}

/** The plan body of `doc` as a ProseMirror document. */
export const planBodyNode = (doc: Y.Doc, schema: Schema): PmNode =>
  yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(PLAN_BODY_FIELD), schema)

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
