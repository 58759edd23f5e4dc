import type { PlanLimitCode } from '@coplan/protocol'
import { isAllowedMarkValue, isAllowedNodeAttribute, markNameOfFormatKey } from '@coplan/schema'
import type { ContentMatch, NodeType, Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { boundedDepthOf, deepestAllowed } from './typeDepth'

/** Clocks a Yjs client wrote: from `from` up to, not including, `to`. */
export interface ClockRange {
  client: number
  from: number
  to: number
}

/** The node types that may stand anywhere in `type`'s content, by name (`text` for text). */
/** The schema's name of the text node type, which children lists use for text. */
const TEXT = 'text'

const childNamesOf = (type: NodeType): Set<string> => {
  const names = new Set<string>()
  const seen = new Set<ContentMatch>()
  const visit = (match: ContentMatch): void => {
    if (seen.has(match)) return
    seen.add(match)
    for (let i = 0; i < match.edgeCount; i++) {
      const { type: child, next } = match.edge(i)
      names.add(child.name)
      visit(next)
    }
  }
  visit(type.contentMatch)
  return names
}

/**
 * Why an item does not belong: it breaks the body's shape, or goes beyond a limit of the plan
 * (nesting depth, attribute rules).
 */
export type StrayKind = 'shape' | Extract<PlanLimitCode, 'depth' | 'attribute'>

/** What one element (or the body, as the schema's top node) may hold and carry. */
interface ElementRules {
  children: ReadonlySet<string>
  marks: ReadonlySet<string>
}

/**
 * The shape of a plan body as the editor makes it: the body and each element hold only the
 * elements (and text) the schema lets them hold, no deeper than `PLAN_LIMITS.maxDepth`;
 * elements carry the attributes their rules allow (`planAttributes.ts`), text holds characters
 * and the marks its element allows, each with values its rules allow. Exports, versions and statistics read the body
 * as ProseMirror JSON; anything else there made them throw or export nonsense, and editors'
 * bindings guess what to do with it. The order and number of children (a list item starting
 * with a paragraph) are not checked: edits made at the same time by two editors can upset them
 * without anyone doing wrong, and the editor and the exports take such a plan as it is.
 *
 * Checked on the doc after an update is applied, because only there is every item's parent
 * known: an update names an item's parent only when the item has no left neighbour, so loose
 * text placed after a paragraph cannot be told from an update's bytes alone.
 * (`assertBodyOnlyUpdate` refuses what can be told from them, before anything is applied.)
 */
export class BodyShape {
  readonly #bodyField: string
  readonly #top: string
  readonly #rules: ReadonlyMap<string, ElementRules>
  /** Why each item `strays` returned does not belong. */
  readonly #kinds = new WeakMap<Y.Item, StrayKind>()

  constructor(schema: Schema, bodyField: string) {
    this.#bodyField = bodyField
    this.#top = schema.topNodeType.name
    const marks = Object.values(schema.marks)
    this.#rules = new Map(
      Object.values(schema.nodes)
        .filter((type) => !type.isText)
        .map((type) => [
          type.name,
          {
            children: childNamesOf(type),
            marks: new Set(marks.filter((mark) => type.allowsMarkType(mark)).map((m) => m.name)),
          },
        ]),
    )
  }

  /**
   * The items in `ranges` that the editor does not make, not counting deleted ones (`kindOf`
   * tells why each is there). Costs a look at each item in the ranges, not at the plan: an
   * element's depth is walked up to the limit at most, and only for new elements and texts.
   */
  strays(doc: Y.Doc, ranges: Iterable<ClockRange>): Y.Item[] {
    const strays: Y.Item[] = []
    for (const { client, from, to } of ranges) {
      const structs = doc.store.clients.get(client)
      if (!structs) continue
      // Yjs keeps a list for a client only once it holds a struct of it.
      const last = structs[structs.length - 1] as Y.Item | Y.GC
      // Parts held aside by Yjs (waiting for something missing) are not in the doc yet; they
      // are looked at in the turn that brings them in.
      const end = Math.min(to, last.id.clock + last.length)
      if (from >= end) continue
      for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC
        if (struct.id.clock >= end) break
        if (!(struct instanceof Y.Item) || struct.deleted) continue
        const kind = this.#strayKind(doc, struct)
        if (kind) {
          this.#kinds.set(struct, kind)
          strays.push(struct)
        }
      }
    }
    return strays
  }

  /** Why `item`, one of those `strays` returned, does not belong. */
  kindOf(item: Y.Item): StrayKind {
    return this.#kinds.get(item) as StrayKind
  }

  #strayKind(doc: Y.Doc, item: Y.Item): StrayKind | null {
    if (!this.#fits(doc, item)) return 'shape'
    const { parent, parentSub, content } = item
    if (content instanceof Y.ContentType) {
      const bound = deepestAllowed(content.type)
      if (boundedDepthOf(content.type, bound) > bound) return 'depth'
    } else if (parent instanceof Y.XmlElement) {
      // It fits, so it is an attribute (values under a key): what stands in an element without
      // a key is a type.
      const values = (content as Y.ContentAny).arr
      const key = parentSub as string
      if (values.length !== 1 || !isAllowedNodeAttribute(parent.nodeName, key, values[0])) {
        return 'attribute'
      }
    } else if (
      content instanceof Y.ContentFormat &&
      !isAllowedMarkValue(markNameOfFormatKey(content.key), content.value)
    ) {
      return 'attribute'
    }
    return null
  }

  #fits(doc: Y.Doc, item: Y.Item): boolean {
    const { parentSub, content } = item
    // Integrated: Yjs turns an item whose parent is gone into a GC instead.
    const parent = item.parent as Y.AbstractType<unknown>
    if (parent._item === null) {
      // A root: only the body, holding what the schema's top node holds.
      return (
        parent === doc.share.get(this.#bodyField) &&
        parentSub === null &&
        this.#holds(this.#top, content)
      )
    }
    if (parent instanceof Y.XmlElement) {
      if (parentSub !== null) return content instanceof Y.ContentAny
      return this.#holds(parent.nodeName, content)
    }
    if (parent instanceof Y.XmlText) {
      if (parentSub !== null) return false
      if (content instanceof Y.ContentString) return true
      // Text stands in an element (checked when the text was added); its marks are that one's.
      const element = parent.parent
      return (
        content instanceof Y.ContentFormat &&
        element instanceof Y.XmlElement &&
        this.#rules.get(element.nodeName)?.marks.has(markNameOfFormatKey(content.key)) === true
      )
    }
    return false
  }

  /** Whether an element named `name` (or the body, as the top node) may hold `content`. */
  #holds(name: string, content: Y.Item['content']): boolean {
    const children = this.#rules.get(name)?.children
    if (!children || !(content instanceof Y.ContentType)) return false
    const { type } = content
    if (type instanceof Y.XmlText) return children.has(TEXT)
    // `text` among the children stands for text (a Y.XmlText), never an element of that name.
    return type instanceof Y.XmlElement && type.nodeName !== TEXT && children.has(type.nodeName)
  }
}
