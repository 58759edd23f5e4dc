import * as Y from 'yjs'

/**
 * The doc's state (or what it gained since `stateVector`) as an update, without the parts Yjs
 * holds aside until what they build on arrives. Yjs adds those parts to every state it
 * encodes; stored, they would stop the plan from loading for everyone, and relayed, they would
 * reach every editor. Only integrated content is stored or relayed; what is held aside follows
 * once it integrates. Relayed updates, compaction and versions all go through here.
 */
export const encodeIntegrated = (doc: Y.Doc, stateVector?: Uint8Array): Uint8Array => {
  const { store } = doc
  const { pendingStructs, pendingDs } = store
  store.pendingStructs = null
  store.pendingDs = null
  try {
    return Y.encodeStateAsUpdate(doc, stateVector)
  } finally {
    store.pendingStructs = pendingStructs
    store.pendingDs = pendingDs
  }
}

/** Bytes Yjs holds aside in `doc`, waiting for what they build on; 0 when nothing waits. */
export const heldAsideBytes = (doc: Y.Doc): number => {
  const { pendingStructs, pendingDs } = doc.store
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0)
}

/**
 * What Yjs holds aside in `doc`, as V1 updates (Yjs keeps them in its V2 format; only V1 is
 * ever decoded from stored or client bytes), and forgets them.
 */
export const takeHeldAside = (doc: Y.Doc): Uint8Array[] => {
  const { store } = doc
  const parts = [store.pendingStructs?.update, store.pendingDs ?? undefined]
    .filter((part): part is Uint8Array => part !== undefined)
    .map((part) => Y.convertUpdateFormatV2ToV1(part))
  store.pendingStructs = null
  store.pendingDs = null
  return parts
}
