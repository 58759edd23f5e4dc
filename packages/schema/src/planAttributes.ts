import { LINK_SCHEMES, PLAN_LIMITS } from './planLimits'

/**
 * What each attribute of a plan's elements and marks may hold: its type and range, for every
 * attribute the plan schema has and nothing else. The server refuses an update that writes
 * anything else, what reads a stored plan leaves anything else out, and the editor's extensions
 * (`planExtensions.ts`) make only what passes, so the three agree by construction.
 *
 * Values are checked as the editor's Yjs binding (`@tiptap/y-tiptap`) stores them: an
 * element's attribute as the plain value (an attribute at its default of null is not stored),
 * a mark as a format whose value is the mark's whole attrs object, nulls included.
 */

/** Heading levels a plan has (the editor offers 1–3; pasted headings keep theirs). */
export const HEADING_LEVELS: readonly number[] = [1, 2, 3, 4, 5, 6]

/** An ordered list's numbering style, as HTML's `type` attribute names it. */
export const ORDERED_LIST_TYPES: readonly string[] = ['1', 'a', 'A', 'i', 'I']

/** Table cell alignments (the table extension's own set). */
const CELL_ALIGNS: readonly string[] = ['left', 'center', 'right']

type Rule = (value: unknown) => boolean

const nullOr =
  (rule: Rule): Rule =>
  (value) =>
    value === null || rule(value)
const integerIn =
  (min: number, max: number): Rule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
const oneOf =
  (values: readonly unknown[]): Rule =>
  (value) =>
    values.includes(value)
const shortText: Rule = (value) =>
  typeof value === 'string' && value.length <= PLAN_LIMITS.maxAttributeChars

/** Column widths of a cell: a width in pixels (0 = unset) for each column it spans. */
const columnWidths: Rule = (value) =>
  Array.isArray(value) &&
  value.length >= 1 &&
  // Not checked against the cell's colspan: two editors merging and splitting the same cell at
  // once leave them unmatched without anyone doing wrong (prosemirror-tables mends it).
  value.length <= PLAN_LIMITS.maxColspan &&
  // Number.isFinite takes numbers only (no strings that look like one).
  value.every(
    (width) => Number.isFinite(width) && width >= 0 && width <= PLAN_LIMITS.maxColumnWidthPx,
  )

const SCHEME = /^([a-z][a-z\d+.-]*:)/i

/**
 * Whether `href` may be a link's target: at most `maxHrefChars` characters, starting with a
 * scheme from `LINK_SCHEMES` or a bare `#fragment`. Relative addresses are refused: a plan is
 * read in exports and other sites, where they would point somewhere else.
 */
export const isAllowedHref = (href: unknown): href is string => {
  if (typeof href !== 'string' || href.length > PLAN_LIMITS.maxHrefChars) return false
  if (href.startsWith('#')) return true
  const scheme = SCHEME.exec(href)?.[1]
  return scheme !== undefined && LINK_SCHEMES.includes(scheme.toLowerCase())
}

const cell: Record<string, Rule> = {
  colspan: integerIn(1, PLAN_LIMITS.maxColspan),
  rowspan: integerIn(1, PLAN_LIMITS.maxRowspan),
  colwidth: nullOr(columnWidths),
  align: nullOr(oneOf(CELL_ALIGNS)),
}

/** Attribute rules by element name; an element not listed has no attributes. */
const NODE_RULES: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  heading: { level: oneOf(HEADING_LEVELS) },
  codeBlock: { language: nullOr(shortText) },
  orderedList: {
    start: integerIn(0, PLAN_LIMITS.maxListStart),
    type: nullOr(oneOf(ORDERED_LIST_TYPES)),
  },
  tableCell: cell,
  tableHeader: cell,
}

/** Attribute rules by mark name; a mark not listed has no attributes. */
const MARK_RULES: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  link: {
    href: nullOr(isAllowedHref),
    target: nullOr(shortText),
    rel: nullOr(shortText),
    class: nullOr(shortText),
    title: nullOr(shortText),
  },
}

/** The rule for `owner`'s attribute `key`; own properties only (`constructor` is no name). */
const ruleOf = (
  rules: Readonly<Record<string, Readonly<Record<string, Rule>>>>,
  owner: string,
  key: string,
): Rule | undefined => {
  const own = Object.hasOwn(rules, owner) ? rules[owner] : undefined
  return own && Object.hasOwn(own, key) ? own[key] : undefined
}

/**
 * Whether the element `node` may carry the attribute `key` with `value`. Unknown names, of the
 * element or the attribute, are refused.
 */
export const isAllowedNodeAttribute = (node: string, key: string, value: unknown): boolean => {
  const rule = ruleOf(NODE_RULES, node, key)
  return rule !== undefined && rule(value)
}

/** Whether the mark `mark` may carry the attribute `key` with `value`. */
export const isAllowedMarkAttribute = (mark: string, key: string, value: unknown): boolean => {
  const rule = ruleOf(MARK_RULES, mark, key)
  return rule !== undefined && rule(value)
}

/**
 * Whether `attrs`, the value of a mark's format in Yjs, may be the mark's attributes: a plain
 * object (decoded from an update, or ProseMirror's own, which has no prototype) whose every key
 * is an attribute of the mark with an allowed value (`{}` for marks without attributes), or
 * null, which ends the mark.
 */
export const isAllowedMarkValue = (mark: string, attrs: unknown): boolean => {
  if (attrs === null) return true
  if (typeof attrs !== 'object') return false
  const prototype: unknown = Object.getPrototypeOf(attrs)
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.entries(attrs).every(([key, value]) => isAllowedMarkAttribute(mark, key, value))
  )
}

/** The attribute names the rules know, by element and by mark (for tests against the schema). */
export const ATTRIBUTE_NAMES = {
  nodes: Object.fromEntries(Object.entries(NODE_RULES).map(([name, r]) => [name, Object.keys(r)])),
  marks: Object.fromEntries(Object.entries(MARK_RULES).map(([name, r]) => [name, Object.keys(r)])),
} as const
