import { createHostileSpanTable } from '@coplan/export'
import { PLAN_BODY_FIELD, planUpdateFromJSON } from '@coplan/schema'
import * as Y from 'yjs'

/**
 * The state of a plan whose table cells claim `span` columns and rows: written into the Y.Doc
 * past the editor's and the schema's checks, as a hostile writer's update (or a plan stored
 * before plans were bounded) could hold it. For tests and the export benchmark.
 */
export const hostileSpanState = (span: number): Uint8Array => {
  const doc = new Y.Doc()
  Y.applyUpdate(
    doc,
    planUpdateFromJSON({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before the table' }] },
        createHostileSpanTable(1),
      ],
    }),
  )
  for (const node of doc.getXmlFragment(PLAN_BODY_FIELD).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlElement && node.nodeName === 'tableCell') {
      // The binding stores spans as numbers; the attribute type says string.
      node.setAttribute('colspan', span as unknown as string)
      node.setAttribute('rowspan', span as unknown as string)
    }
  }
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}
