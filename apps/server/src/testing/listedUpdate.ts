import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * The bytes of a V1 update listing each of `runs` as one client's run of structs, in the order
 * given, with no deletions: what a crafted client can send and Yjs itself never writes (a
 * client listed twice, later clocks first; items Yjs's API never makes). Each run is written
 * from its first struct's clock on; its structs must follow each other.
 */
export const listedUpdate = (...runs: (Y.Item | Y.GC | Y.Skip)[][]): Uint8Array => {
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, runs.length)
  for (const run of runs) {
    const [first] = run
    if (!first) throw new Error('A run of no structs')
    encoding.writeVarUint(encoder.restEncoder, run.length)
    encoder.writeClient(first.id.client)
    encoding.writeVarUint(encoder.restEncoder, first.id.clock)
    for (const struct of run) struct.write(encoder, 0)
  }
  // The delete set: no clients.
  encoding.writeVarUint(encoder.restEncoder, 0)
  return encoder.toUint8Array()
}

/**
 * An item as a crafted update carries it: `content` at `client`'s `clock`, straight in the type
 * whose item is `parent` (under the key `key`, if given), with no neighbours.
 */
export const craftedItem = (
  client: number,
  clock: number,
  parent: Y.ID,
  content: Y.Item['content'],
  key: string | null = null,
): Y.Item => new Y.Item(Y.createID(client, clock), null, null, null, null, parent, key, content)
