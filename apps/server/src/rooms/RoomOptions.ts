import type * as Y from 'yjs'
import type { Clock } from '../clock'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import type { BodyShape } from './BodyShape'
import type { ClientOwners } from './ClientOwners'
import type { ReadOnly } from './Connection'
import type { Room } from './Room'

/** What a room is made with: its plan as loaded, its limits, and whom it tells what. */
export interface RoomOptions {
  planId: string
  doc: Y.Doc
  store: DocumentStore
  logger: Logger
  compactEveryUpdates: number
  /** Least time between two acknowledgements to one connection (see `AckPacer`). */
  ackIntervalMs: number
  clock: Clock
  /** Updates stored since the last snapshot when the room was loaded. */
  storedUpdateCount: number
  /** Bytes the plan takes in storage when loaded (snapshot and updates). */
  storedBytes: number
  /** Most bytes the plan may take in storage; an update beyond is refused (`limit:size`). */
  maxPlanBytes: number
  /** Who writes under each client id of the plan. */
  owners: ClientOwners
  /** What may be in the plan body (see `BodyShape`). */
  shape: BodyShape
  /**
   * The doc's whole state as stored, when it was loaded from one snapshot alone: that is the
   * answer to a client that has nothing, without encoding the doc again.
   */
  wholeState?: Uint8Array
  /** Set when the plan may not be written at all (e.g. its storage just failed). */
  readOnly: ReadOnly | null
  onStorageFailure: (room: Room, error: unknown) => void
  /** Handling a turn threw: the room is to be closed, and loaded again from storage. */
  onFailure: (room: Room, error: unknown) => void
  /** Asks for `storeTurn` and `deliverTurn` to run at the end of this event-loop turn. */
  scheduleFlush: (room: Room) => void
  onEmpty: (room: Room) => void
  /** After updates were stored, with the ids of the people who made them. */
  onStored: (room: Room, editorIds: string[]) => void
}
