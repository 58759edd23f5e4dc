import { PLAN_BODY_FIELD, PLAN_LIMITS } from '@coplan/schema'
import * as Y from 'yjs'
import type { ClockRange } from './BodyShape'
import { ContentRefusedError } from './ContentRefusedError'
import { decodedUpdate } from './decodedUpdate'

/**
 * What an editor can make, and nothing else: the plan body holds elements (paragraphs,
 * headings, lists, tables), elements hold elements and text, text holds characters and marks,
 * elements and marks carry attributes. A map, a subdocument or loose values in the body made
 * the body unreadable to the server (its exports, versions and statistics threw), so they are
 * refused with the message that carries them.
 */
const isEditorType = (type: unknown): boolean =>
  type instanceof Y.XmlElement || type instanceof Y.XmlText

/**
 * Refuses an update that writes anywhere but the plan body, or puts in it what no editor
 * makes, as far as its bytes tell (see `BodyShape` for the rest, checked once applied), or
 * adds more than `PLAN_LIMITS.maxTextPerUpdate` characters of text (`ContentRefusedError`).
 * Decoded with the V1 decoder only (V2 decoding can be made to loop forever by crafted input);
 * throws on malformed bytes. Returns the clocks the update writes, for `BodyShape`.
 */
export const assertBodyOnlyUpdate = (update: Uint8Array): ClockRange[] => {
  const { structs } = decodedUpdate(update)
  const ranges: ClockRange[] = []
  let text = 0
  for (const struct of structs) {
    const { client, clock } = struct.id
    // Yjs writes a client's structs as one run in clock order, but crafted bytes may list a
    // client twice, in any order (Yjs applies the last): the range spans them all.
    const range = ranges[ranges.length - 1]
    if (range && range.client === client) {
      range.from = Math.min(range.from, clock)
      range.to = Math.max(range.to, clock + struct.length)
    } else {
      ranges.push({ client, from: clock, to: clock + struct.length })
    }
    if (!(struct instanceof Y.Item)) continue
    const { content, parent } = struct
    if (typeof parent === 'string' && parent !== PLAN_BODY_FIELD) {
      throw new Error(`Update writes to "${parent}", not the plan body`)
    }
    if (content instanceof Y.ContentDeleted) continue
    if (content instanceof Y.ContentString) {
      text += content.str.length
      if (text > PLAN_LIMITS.maxTextPerUpdate) {
        throw new ContentRefusedError(
          'text',
          `Update adds more than ${PLAN_LIMITS.maxTextPerUpdate} characters of text`,
        )
      }
    }
    if (
      content instanceof Y.ContentDoc ||
      content instanceof Y.ContentBinary ||
      content instanceof Y.ContentJSON ||
      (content instanceof Y.ContentType && !isEditorType(content.type))
    ) {
      throw new Error('Update puts in the plan what no editor makes')
    }
    // Straight in the body (the only root left by now; an item placed after a sibling names no
    // parent, Yjs finds it, so this sees only the first of a run): elements only.
    if (
      typeof parent === 'string' &&
      (struct.parentSub !== null ||
        !(content instanceof Y.ContentType && content.type instanceof Y.XmlElement))
    ) {
      throw new Error('Update puts in the plan body what is not an element')
    }
  }
  return ranges
}
