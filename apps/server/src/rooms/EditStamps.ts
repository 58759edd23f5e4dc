import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'

/** How stale a plan's "last edited" stamp may get while people type. */
export const EDIT_STAMP_INTERVAL_MS = 5_000

/**
 * When and by whom a plan was last edited (the plan's row and its contributors), for the
 * dashboard and exports. Written with the turn's updates when a new person edits or the last
 * stamp is `EDIT_STAMP_INTERVAL_MS` old, otherwise within that interval by a timer, and at
 * compaction: stamping every turn doubled the rows a busy turn writes, for a time people read
 * to the minute. The document itself is never deferred.
 */
export class EditStamps {
  readonly #planId: string
  readonly #store: DocumentStore
  readonly #logger: Logger
  readonly #stamped = new Set<string>()
  #stampedAt = 0
  #pending: { at: Date; editorIds: Set<string>; last: string | null } | null = null
  #timer: NodeJS.Timeout | null = null

  constructor(planId: string, store: DocumentStore, logger: Logger) {
    this.#planId = planId
    this.#store = store
    this.#logger = logger
  }

  /** Records an edit; writes the stamp now (in the caller's transaction) if it is due. */
  note(at: Date, editorIds: readonly string[]): void {
    const pending = this.#pending ?? { at, editorIds: new Set<string>(), last: null }
    pending.at = at
    for (const id of editorIds) pending.editorIds.add(id)
    pending.last = editorIds[editorIds.length - 1] ?? pending.last
    this.#pending = pending
    const newcomer = editorIds.some((id) => !this.#stamped.has(id))
    if (newcomer || at.getTime() - this.#stampedAt >= EDIT_STAMP_INTERVAL_MS) {
      this.#write()
    } else if (!this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = null
        try {
          this.#write()
        } catch (error) {
          this.#logger.error('Could not stamp the last edit', {
            plan: this.#planId,
            error: error instanceof Error ? error.message : String(error),
          })
        }
      }, EDIT_STAMP_INTERVAL_MS)
      this.#timer.unref()
    }
  }

  /** Writes what is pending now, e.g. before the plan unloads. */
  flush(): void {
    this.#write()
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }

  #write(): void {
    const pending = this.#pending
    if (!pending) return
    // The last editor goes last: the store shows it as the plan's last editor.
    const editorIds = [...pending.editorIds].filter((id) => id !== pending.last)
    if (pending.last !== null) editorIds.push(pending.last)
    this.#store.stamp(this.#planId, pending.at, editorIds)
    this.#pending = null
    this.#stampedAt = pending.at.getTime()
    for (const id of editorIds) this.#stamped.add(id)
  }
}
