import { Extension, combineTransactionSteps, getChangedRanges } from '@tiptap/core'
import { Fragment, Slice, type Mark, type Node as PmNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import {
  isAllowedMarkAttribute,
  isAllowedMarkValue,
  isAllowedNodeAttribute,
} from './planAttributes'
import { PLAN_LIMITS } from './planLimits'

/** Whether every attribute of `node` and of its marks passes the rules (null is "unset"). */
const attributesAllowed = (node: PmNode): boolean =>
  Object.entries(node.attrs).every(
    ([key, value]) => value === null || isAllowedNodeAttribute(node.type.name, key, value),
  ) && node.marks.every((mark) => isAllowedMarkValue(mark.type.name, mark.attrs))

/** `mark` with every attribute the rules refuse set back to its default. */
const markWithinRules = (mark: Mark): Mark => {
  if (isAllowedMarkValue(mark.type.name, mark.attrs)) return mark
  const attrs: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(mark.attrs)) {
    if (value === null || isAllowedMarkAttribute(mark.type.name, key, value)) attrs[key] = value
  }
  return mark.type.create(attrs)
}

/**
 * `node` with every attribute the rules refuse, of the node and of its marks, set back to its
 * default, and what stands deeper than `depthLeft` more levels left out (a node cut empty gets
 * the content it needs, or goes too when that would stand too deep). Recursive, bounded by the
 * depth limit. What it cannot mend, the transaction filter holds back.
 */
const withinRules = (node: PmNode, depthLeft: number): PmNode | null => {
  const marks = node.marks.map(markWithinRules)
  if (node.isText) return node.mark(marks)
  const attrs: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node.attrs)) {
    // Left undefined, ProseMirror puts the attribute's default.
    if (value === null || isAllowedNodeAttribute(node.type.name, key, value)) attrs[key] = value
  }
  const children: PmNode[] = []
  node.content.forEach((child) => {
    const kept = child.isText || depthLeft > 1 ? withinRules(child, depthLeft - 1) : null
    if (kept) children.push(kept)
  })
  const content = Fragment.fromArray(children)
  if (node.type.validContent(content)) return node.type.create(attrs, content, marks)
  return depthLeft > 1 ? node.type.createAndFill(attrs, content, marks) : null
}

/** How far `fragment` goes down its first (or last) children, up to `open` levels. */
const depthAlong = (fragment: Fragment, open: number, side: 'firstChild' | 'lastChild'): number => {
  let depth = 0
  for (let node = fragment[side]; node && depth < open; node = node.content[side]) depth++
  return depth
}

/**
 * A pasted slice within the attribute rules and the depth limit (see `withinRules`), as
 * `PlanLimitsGuard` pastes it. Its open sides are kept where the content still reaches.
 */
export const sliceWithinRules = (slice: Slice): Slice => {
  const children: PmNode[] = []
  slice.content.forEach((child) => {
    const kept = withinRules(child, PLAN_LIMITS.maxDepth)
    if (kept) children.push(kept)
  })
  const content = Fragment.fromArray(children)
  return new Slice(
    content,
    depthAlong(content, slice.openStart, 'firstChild'),
    depthAlong(content, slice.openEnd, 'lastChild'),
  )
}

/**
 * Whether `tr` leaves the document within the plan's limits where it changed it: no element
 * deeper than `maxDepth`, no attribute or mark value the rules refuse, and no more new text
 * than one update may carry. Costs a look at the changed ranges and their ancestors.
 */
const withinLimits = (tr: Transaction, before: PmNode): boolean => {
  let added = 0
  for (const { newRange } of getChangedRanges(combineTransactionSteps(before, [tr]))) {
    added += newRange.to - newRange.from
    if (added > PLAN_LIMITS.maxTextPerUpdate) return false
    let fits = true
    tr.doc.nodesBetween(newRange.from, newRange.to, (node, pos) => {
      if (!fits) return false
      if (!attributesAllowed(node)) fits = false
      else if (!node.isText && tr.doc.resolve(pos).depth + 1 > PLAN_LIMITS.maxDepth) fits = false
      return fits
    })
    if (!fits) return false
  }
  return true
}

/** The ProseMirror plugin of `PlanLimitsGuard` (below). */
export const planLimitsPlugin = (): Plugin =>
  new Plugin({
    key: new PluginKey('planLimitsGuard'),
    props: { transformPasted: sliceWithinRules },
    filterTransaction: (tr, state) =>
      !tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined || withinLimits(tr, state.doc),
  })

/**
 * Keeps what a writer does within the plan's limits, so that the editor never sends what the
 * server refuses (which would close the session): pasted content has attribute values the
 * rules refuse set back to their defaults (a `colspan="1000000"` cell, a list starting at
 * -5, a title of a page long) and what is nested beyond the depth limit left out; any change
 * that would still go beyond a limit (a list indented past the depth limit, cells merged past
 * the widest span, a paste of more text than one update may carry) does not happen. Changes
 * that come from other editors through Yjs are the server's to check and are never held back.
 */
export const PlanLimitsGuard = Extension.create({
  name: 'planLimitsGuard',
  addProseMirrorPlugins: () => [planLimitsPlugin()],
})
