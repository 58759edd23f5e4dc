import { createAnchor, createPlanSchema, planBodyNode, PLAN_BODY_FIELD } from '@coplan/schema'
import type { CommentAnchor } from '@coplan/schema'
import type { Node as PmNode, Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'

/** A top-level paragraph of the plan: where it is in ProseMirror and in Yjs. */
export interface ParagraphSpot {
  /** Index among the plan's top-level blocks. */
  block: number
  /** ProseMirror position of the paragraph's text start, and its length in characters. */
  from: number
  length: number
  text: Y.XmlText
}

/**
 * The plan's stored state opened as the server opens it, with its top-level paragraphs, so the
 * benchmark can aim carets and comment anchors at text: relative positions made here name
 * the same Yjs items as in the browser, since both load the same update.
 */
export class PlanPositions {
  readonly doc = new Y.Doc()
  readonly schema: Schema = createPlanSchema()
  readonly pmDoc: PmNode
  readonly paragraphs: ParagraphSpot[] = []

  constructor(state: Uint8Array) {
    Y.applyUpdate(this.doc, state)
    this.pmDoc = planBodyNode(this.doc, this.schema)
    const blocks = this.doc.getXmlFragment(PLAN_BODY_FIELD).toArray()
    this.pmDoc.forEach((node, offset, index) => {
      const block = blocks[index]
      const text = block instanceof Y.XmlElement ? block.get(0) : undefined
      if (node.type.name !== 'paragraph' || !(text instanceof Y.XmlText)) return
      this.paragraphs.push({ block: index, from: offset + 1, length: node.content.size, text })
    })
  }

  /** The paragraph nearest the middle of the plan (by block index). */
  middleParagraph(): ParagraphSpot {
    const middle = this.pmDoc.childCount / 2
    const distance = (spot: ParagraphSpot) => Math.abs(spot.block - middle)
    const spot = this.paragraphs.reduce<ParagraphSpot | undefined>(
      (best, candidate) => (best && distance(best) <= distance(candidate) ? best : candidate),
      undefined,
    )
    if (!spot) throw new Error('The plan has no paragraph')
    return spot
  }

  /** A collapsed caret `offset` characters into a paragraph, as y-prosemirror encodes it. */
  caretIn(spot: ParagraphSpot, offset: number): Record<string, unknown> {
    const position = Y.createRelativePositionFromTypeIndex(spot.text, Math.min(offset, spot.length))
    const json = Y.relativePositionToJSON(position) as Record<string, unknown>
    return { anchor: json, head: json }
  }

  /** A comment anchor on `length` characters of a paragraph from `offset`, as the app makes it. */
  anchorIn(spot: ParagraphSpot, offset: number, length: number): CommentAnchor {
    const from = spot.from + Math.min(offset, spot.length - 1)
    const to = Math.min(from + length, spot.from + spot.length)
    return createAnchor(this.doc, this.schema, from, to, this.pmDoc)
  }

  destroy(): void {
    this.doc.destroy()
  }
}
