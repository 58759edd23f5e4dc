import type { Clock } from '../clock'

/**
 * When connections that sent document changes are told what is stored (the PersistedAck).
 *
 * One acknowledgement per stored turn meant a write to the typist's socket for every keystroke,
 * which only moves a "saved" indicator that waits a second of quiet anyway. So a connection is
 * acknowledged at once when its last acknowledgement is at least `intervalMs` old, and
 * otherwise once that interval is up (the room is asked to flush then): a steady typist gets
 * about one acknowledgement per interval, a single change is confirmed at once, and what an
 * acknowledgement covers is always stored (it is sent from a flush, after the commit).
 */
const NONE_DUE: ReadonlySet<never> = new Set()

export class AckPacer<C> {
  readonly #intervalMs: number
  readonly #requestFlush: () => void
  readonly #clock: Clock
  readonly #owed = new Set<C>()
  readonly #ackedAt = new Map<C, number>()
  #timer: unknown = null

  constructor(intervalMs: number, requestFlush: () => void, clock: Clock) {
    this.#intervalMs = intervalMs
    this.#requestFlush = requestFlush
    this.#clock = clock
  }

  /** `connection` sent changes that the next flush stores. */
  owe(connection: C): void {
    this.#owed.add(connection)
  }

  /**
   * The connections to acknowledge in this flush (each then counts as acknowledged now); the
   * others owed wait for their interval.
   */
  takeDue(): ReadonlySet<C> {
    if (this.#owed.size === 0) return NONE_DUE
    const due = new Set<C>()
    const now = this.#clock.now()
    let next = Number.POSITIVE_INFINITY
    for (const connection of this.#owed) {
      const at = (this.#ackedAt.get(connection) ?? Number.NEGATIVE_INFINITY) + this.#intervalMs
      if (at <= now) due.add(connection)
      else next = Math.min(next, at)
    }
    for (const connection of due) {
      this.#owed.delete(connection)
      this.#ackedAt.set(connection, now)
    }
    if (next !== Number.POSITIVE_INFINITY && this.#timer === null) {
      this.#timer = this.#clock.setTimeout(() => {
        this.#timer = null
        this.#requestFlush()
      }, next - now)
    }
    return due
  }

  /** Forgets a connection that left (or whose changes were not stored). */
  forget(connection: C): void {
    this.#owed.delete(connection)
    this.#ackedAt.delete(connection)
  }

  /** Nothing owed is acknowledged: the turn's writes failed. */
  dropOwed(): void {
    this.#owed.clear()
  }

  dispose(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer)
    this.#timer = null
    this.#owed.clear()
    this.#ackedAt.clear()
  }
}
