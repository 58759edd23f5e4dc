import type { JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { PLAN_BODY_FIELD } from './planFields'
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

/** The plan body of a Y.Doc as ProseMirror JSON. */
export const planDocToJSON = (doc: Y.Doc): JSONContent =>
  yDocToProsemirrorJSON(doc, PLAN_BODY_FIELD) as JSONContent
