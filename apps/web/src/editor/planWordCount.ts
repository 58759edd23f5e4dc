import { countWords } from '@coplan/schema'
import { getText, getTextSerializersFromSchema } from '@tiptap/core'
import type { TextSerializer } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'

const countsByBlock = new WeakMap<ProseMirrorNode, number>()
const serializersBySchema = new WeakMap<Schema, Record<string, TextSerializer>>()

/**
 * `countWords(editor.getText())`, counted block by block and remembered per top-level block:
 * an edit makes new nodes only for the blocks it changed, so counting again after typing
 * counts one paragraph, not the whole plan (100 ms for 100,000 words, a task that would hold
 * up the next key press). Blocks are separated as `getText` separates them, so no word spans
 * two and the sum is the same.
 */
export const planWordCount = (doc: ProseMirrorNode): number => {
  const { schema } = doc.type
  let textSerializers = serializersBySchema.get(schema)
  if (!textSerializers) {
    textSerializers = getTextSerializersFromSchema(schema)
    serializersBySchema.set(schema, textSerializers)
  }
  let total = 0
  doc.forEach((block) => {
    let count = countsByBlock.get(block)
    if (count === undefined) {
      count = countWords(getText(block, { blockSeparator: '\n\n', textSerializers }))
      countsByBlock.set(block, count)
    }
    total += count
  })
  return total
}
