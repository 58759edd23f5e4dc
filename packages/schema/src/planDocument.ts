import type { JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { isAllowedMarkAttribute, isAllowedNodeAttribute } from './planAttributes'
import { PLAN_BODY_FIELD } from './planFields'
import { PLAN_LIMITS } from './planLimits'
import { createPlanSchema } from './planSchema'

/**
 * A Yjs update that creates a plan body from ProseMirror JSON. The JSON is checked against
 * the plan schema first, so a document that the editor could not open is never stored.
 */
export const planUpdateFromJSON = (json: JSONContent): Uint8Array => {
  const schema = createPlanSchema()
  schema.nodeFromJSON(json).check()
  const doc = prosemirrorJSONToYDoc(schema, json, PLAN_BODY_FIELD)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * The mark a format key stands for, read as the editor's Yjs binding (`@tiptap/y-tiptap`)
 * reads it: its name, or `name--` and an 8-character hash when the mark can repeat on one
 * character.
 */
export const markNameOfFormatKey = (formatKey: string): string =>
  /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(formatKey)?.[1] ?? formatKey

/** A mark's attributes as stored, less the values the rules refuse. */
const allowedMarkAttrs = (mark: string, value: unknown): Record<string, unknown> => {
  const attrs: Record<string, unknown> = {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return attrs
  for (const [key, attr] of Object.entries(value)) {
    if (isAllowedMarkAttribute(mark, key, attr)) attrs[key] = attr
  }
  return attrs
}

/** The text nodes of a Y.XmlText: one per run of the same marks (embeds are left out). */
const textNodesOf = (text: Y.XmlText): JSONContent[] => {
  const nodes: JSONContent[] = []
  for (const run of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof run.insert !== 'string') continue
    const node: JSONContent = { type: 'text', text: run.insert }
    if (run.attributes) {
      node.marks = Object.entries(run.attributes).map(([key, value]) => {
        const type = markNameOfFormatKey(key)
        return { type, attrs: allowedMarkAttrs(type, value) }
      })
    }
    nodes.push(node)
  }
  return nodes
}

/**
 * The plan body of a Y.Doc as ProseMirror JSON, within the plan's limits: elements deeper than
 * `PLAN_LIMITS.maxDepth` are left out with all they hold, and attribute values the rules refuse
 * (`planAttributes.ts`) are dropped, for elements and marks alike. Anything else is as the
 * editor's Yjs binding reads it (the same JSON as y-tiptap's `yDocToProsemirrorJSON` for every
 * plan within the limits), so exports, versions and statistics see what editors see.
 *
 * Iterative, so no plan, however deep, can overflow the stack (y-tiptap's conversion recurses
 * once per level: 3,000 nested blockquotes made it throw). What it returns is at most
 * `maxDepth` deep, so the walks over it elsewhere may recurse.
 */
export const planDocToJSON = (doc: Y.Doc): JSONContent => {
  const content: JSONContent[] = []
  const pending: { element: Y.XmlFragment; content: JSONContent[]; depth: number }[] = [
    { element: doc.getXmlFragment(PLAN_BODY_FIELD), content, depth: 0 },
  ]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { element, depth } = next
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlElement) {
        if (depth >= PLAN_LIMITS.maxDepth) continue
        const node: JSONContent = { type: child.nodeName }
        const attrs = Object.entries(child.getAttributes()).filter(([key, value]) =>
          isAllowedNodeAttribute(child.nodeName, key, value),
        )
        if (attrs.length > 0) node.attrs = Object.fromEntries(attrs)
        if (child.length > 0) {
          node.content = []
          pending.push({ element: child, content: node.content, depth: depth + 1 })
        }
        next.content.push(node)
      } else if (child instanceof Y.XmlText && depth > 0) {
        // Text stands in elements; loose in the body, the binding could not read it either.
        for (const node of textNodesOf(child)) next.content.push(node)
      }
    }
  }
  return { type: 'doc', content }
}
