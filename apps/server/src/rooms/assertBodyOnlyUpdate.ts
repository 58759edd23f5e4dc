import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as Y from 'yjs'

/**
 * Refuses an update that writes anywhere but the plan body. Decoded with the V1 decoder only
 * (V2 decoding can be made to loop forever by crafted input); throws on malformed bytes.
 */
export const assertBodyOnlyUpdate = (update: Uint8Array): void => {
  const { structs } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (
      struct instanceof Y.Item &&
      typeof struct.parent === 'string' &&
      struct.parent !== PLAN_BODY_FIELD
    ) {
      throw new Error(`Update writes to "${struct.parent}", not the plan body`)
    }
  }
}
