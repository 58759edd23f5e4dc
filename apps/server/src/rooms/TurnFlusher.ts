import type { DocumentStore } from '../persistence/DocumentStore'

/** What the flusher needs of a room: its turn's end in two phases. */
export interface TurnParticipant {
  /**
   * Whether the room still has something to store or deliver: false once something flushed it
   * directly after it asked to be scheduled, and then the turn's end passes it by.
   */
  hasPendingTurn(): boolean
  /** Writes what the turn queued; false if that failed (the room then handles the failure). */
  storeTurn(): boolean
  /** After the writes committed: relays, acknowledges, announces presence. */
  deliverTurn(): void
  /** The transaction that held this room's writes did not commit. */
  storageFailed(error: unknown): void
  /**
   * Storing or delivering this room's turn threw (a fault of ours, not of storage): the room
   * must not go on with a doc its clients may not have.
   */
  failed(error: unknown): void
}

/**
 * Ends every room's event-loop turn together: what all rooms queued during the turn is stored
 * in one transaction (each room's writes in a savepoint of their own, so one plan's failure
 * does not fail the others), and only once it has committed does any room relay or
 * acknowledge. One commit per turn instead of one per room per turn is most of the storage
 * cost when many plans are busy at once.
 */
export class TurnFlusher {
  readonly #store: DocumentStore
  #due = new Set<TurnParticipant>()
  #scheduled = false

  constructor(store: DocumentStore) {
    this.#store = store
  }

  schedule(room: TurnParticipant): void {
    this.#due.add(room)
    if (this.#scheduled) return
    this.#scheduled = true
    setImmediate(() => this.flush())
  }

  /**
   * A room that throws is failed alone (whatever one plan's content makes our code do, the
   * other plans of the turn are stored and relayed, and nothing escapes into the event loop).
   */
  flush(): void {
    this.#scheduled = false
    const rooms = [...this.#due].filter((room) => room.hasPendingTurn())
    this.#due = new Set()
    // Every room was flushed already this turn: no empty transaction, no empty delivery.
    if (rooms.length === 0) return
    const stored: TurnParticipant[] = []
    try {
      this.#store.transaction(() => {
        for (const room of rooms) {
          try {
            if (room.storeTurn()) stored.push(room)
          } catch (error) {
            room.failed(error)
          }
        }
      })
    } catch (error) {
      for (const room of stored) room.storageFailed(error)
      return
    }
    for (const room of stored) {
      try {
        room.deliverTurn()
      } catch (error) {
        room.failed(error)
      }
    }
  }
}
