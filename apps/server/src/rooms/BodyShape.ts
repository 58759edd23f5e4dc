import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'

/** Clocks a Yjs client wrote: from `from` up to, not including, `to`. */
export interface ClockRange {
  client: number
  from: number
  to: number
}

/** What `tiptap`'s Yjs binding writes a mark as: its name, or `name--hash` when it can repeat. */
const markNameOf = (formatKey: string): string => formatKey.split('--')[0] as string

/**
 * The shape of a plan body as the editor makes it: the body holds elements named after the
 * schema's block nodes, elements hold elements and text and carry plain attributes, text holds
 * characters and marks of the schema. Exports, versions and statistics read the body as
 * ProseMirror JSON; anything else there made them throw or export nonsense, and editors'
 * bindings guess what to do with it.
 *
 * Checked on the doc after an update is applied, because only there is every item's parent
 * known: an update names an item's parent only when the item has no left neighbour, so loose
 * text placed after a paragraph cannot be told from an update's bytes alone.
 * (`assertBodyOnlyUpdate` refuses what can be told from them, before anything is applied.)
 */
export class BodyShape {
  readonly #bodyField: string
  readonly #elements: ReadonlySet<string>
  readonly #marks: ReadonlySet<string>

  constructor(schema: Schema, bodyField: string) {
    this.#bodyField = bodyField
    const top = schema.topNodeType.name
    this.#elements = new Set(
      Object.keys(schema.nodes).filter((name) => name !== top && name !== 'text'),
    )
    this.#marks = new Set(Object.keys(schema.marks))
  }

  /**
   * The items in `ranges` that the editor does not make, not counting deleted ones. Costs a
   * look at each item in the ranges, not at the plan.
   */
  strays(doc: Y.Doc, ranges: Iterable<ClockRange>): Y.Item[] {
    const strays: Y.Item[] = []
    for (const { client, from, to } of ranges) {
      const structs = doc.store.clients.get(client)
      const last = structs?.[structs.length - 1]
      if (!structs || !last) continue
      // Parts held aside by Yjs (waiting for something missing) are not in the doc yet; they
      // are looked at in the turn that brings them in.
      const end = Math.min(to, last.id.clock + last.length)
      if (from >= end) continue
      for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC
        if (struct.id.clock >= end) break
        if (struct instanceof Y.Item && !struct.deleted && !this.#fits(doc, struct)) {
          strays.push(struct)
        }
      }
    }
    return strays
  }

  #fits(doc: Y.Doc, item: Y.Item): boolean {
    const { parent, parentSub, content } = item
    if (!(parent instanceof Y.AbstractType)) return false
    if (parent._item === null) {
      // A root: only the body, and only elements straight in it.
      return (
        parent === doc.share.get(this.#bodyField) && parentSub === null && this.#isElement(content)
      )
    }
    if (parent instanceof Y.XmlElement) {
      if (parentSub !== null) return content instanceof Y.ContentAny
      return (
        this.#isElement(content) ||
        (content instanceof Y.ContentType && content.type instanceof Y.XmlText)
      )
    }
    if (parent instanceof Y.XmlText) {
      if (parentSub !== null) return false
      if (content instanceof Y.ContentString) return true
      return content instanceof Y.ContentFormat && this.#marks.has(markNameOf(content.key))
    }
    return false
  }

  #isElement(content: Y.Item['content']): boolean {
    return (
      content instanceof Y.ContentType &&
      content.type instanceof Y.XmlElement &&
      this.#elements.has(content.type.nodeName)
    )
  }
}
