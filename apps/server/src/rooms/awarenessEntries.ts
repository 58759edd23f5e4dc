import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** One client's entry in a y-protocols awareness update. `state` is JSON (`null` = gone). */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/**
 * Decodes an awareness update without applying it, so the room can check whose entries they
 * are before anything reaches other clients. Throws on anything but well-formed entries with
 * valid JSON, and on more than `maxEntries` entries.
 */
export const readAwarenessEntries = (update: Uint8Array, maxEntries: number): AwarenessEntry[] => {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > maxEntries) throw new Error(`Awareness update with ${count} entries`)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state = decoding.readVarString(decoder)
    JSON.parse(state)
    entries.push({ clientId, clock, state })
  }
  if (decoding.hasContent(decoder)) throw new Error('Trailing bytes after awareness update')
  return entries
}

export const writeAwarenessEntries = (entries: readonly AwarenessEntry[]): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}
