import type * as Y from 'yjs'
import type { Logger } from '../logger'
import type { Connection } from './Connection'
import { takeHeldAside } from './encodeIntegrated'
import type { HeldAside } from './TurnApplier'

/**
 * Most bytes Yjs may hold aside for a plan (updates that build on something missing). Yjs
 * retries what it holds aside on every later update of the plan, so a large hold would slow
 * every keystroke; an honest gap (an edit that overtook an earlier one) is a few bytes.
 */
const MAX_HELD_ASIDE_BYTES = 256 * 1024

/** What a room is to do after a turn left something held aside (see `HeldAsideGaps.judge`). */
export type GapVerdict =
  /** Ask these connections for what the server lacks (sync step 1); maybe none yet. */
  | { ask: Connection[] }
  /** What was held is dropped: close these connections (`MissingDependency`). */
  | { close: Connection[] }

/**
 * Yjs holds aside updates that build on something it never received (an earlier edit of the
 * sender's that was lost, or a crafted gap). Held aside, they are neither stored, relayed nor
 * acknowledged, so their senders are not told they are saved. Each sender is asked once for
 * what the server lacks; if its answer does not fill the gap, or the hold grows too large,
 * what is held is dropped and they are closed, so no gap can lock the plan or slow it down.
 */
export class HeldAsideGaps {
  readonly #planId: string
  readonly #doc: Y.Doc
  readonly #logger: Logger
  /** Connections whose updates made Yjs hold something aside, and whether they were asked. */
  readonly #gapFrom = new Map<Connection, { asked: boolean }>()

  constructor(planId: string, doc: Y.Doc, logger: Logger) {
    this.#planId = planId
    this.#doc = doc
    this.#logger = logger
  }

  /**
   * After a turn that left something held aside, or took the last of it in (`bytes` 0: then
   * nothing waits any more, and there is nothing to do: null).
   */
  judge({ bytes, grownBy, answeredBy }: HeldAside): GapVerdict | null {
    if (bytes === 0) {
      this.#gapFrom.clear()
      return null
    }
    for (const connection of grownBy) {
      if (!this.#gapFrom.has(connection)) this.#gapFrom.set(connection, { asked: false })
    }
    const unfilled = answeredBy.some((connection) => this.#gapFrom.get(connection)?.asked)
    if (bytes <= MAX_HELD_ASIDE_BYTES && !unfilled) {
      const ask: Connection[] = []
      for (const [connection, gap] of this.#gapFrom) {
        if (gap.asked) continue
        gap.asked = true
        ask.push(connection)
      }
      return { ask }
    }
    takeHeldAside(this.#doc)
    const closing = [...this.#gapFrom.keys()]
    this.#gapFrom.clear()
    this.#logger.warn('Dropped updates that build on changes the server never received', {
      plan: this.#planId,
      bytes,
      connections: closing.map((connection) => connection.id).join(','),
    })
    return { close: closing }
  }

  /** A connection left: if nobody is left who could fill the gap, what is held is dropped. */
  leave(connection: Connection): void {
    if (!this.#gapFrom.delete(connection) || this.#gapFrom.size > 0) return
    const dropped = takeHeldAside(this.#doc)
    if (dropped.length > 0) {
      this.#logger.warn('Dropped updates whose gap their sender left unfilled', {
        plan: this.#planId,
        connection: connection.id,
        bytes: dropped.reduce((sum, part) => sum + part.byteLength, 0),
      })
    }
  }
}
