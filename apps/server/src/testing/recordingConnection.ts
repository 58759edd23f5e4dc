import * as decoding from 'lib0/decoding'
import type { Connection } from '../rooms/Connection'

/** A connection as a room sees it, recording every message it is sent. */
export const recordingConnection = (id: string, personId: string) => {
  const received: Uint8Array[] = []
  let closedWith: number | null = null
  const connection: Connection = {
    id,
    canWrite: true,
    readOnly: null,
    identity: { id: personId, name: id },
    send: (...messages) => received.push(...messages),
    close: (code) => {
      closedWith = code
    },
  }
  /** The messages of one type received since the `from`th. */
  const ofType = (type: number, from = 0) =>
    received
      .slice(from)
      .filter((message) => decoding.readVarUint(decoding.createDecoder(message)) === type)
  return { connection, received, ofType, closedWith: () => closedWith }
}
