import * as Y from 'yjs'

/** What the save indicator shows. */
export interface SaveState {
  /** Local changes the server has not confirmed storing yet. */
  unsaved: number
}

/**
 * Counts this tab's changes until the server confirms it stored them. A change is confirmed by
 * the server's acknowledgement (the state vector it has persisted) or by the server sending the
 * change's own state back; never by a guess such as "the socket is open".
 *
 * Changes restored from the device (IndexedDB) after a reload count too: whatever they hold that
 * the server has not confirmed is unsaved.
 */
export class SaveTracker {
  readonly #doc: Y.Doc
  /** Highest clock per client the server is known to have stored. */
  readonly #confirmed = new Map<number, number>()
  /** Each unconfirmed change: the client and the clock it reached. */
  #pending: { client: number; clock: number }[] = []
  readonly #listeners = new Set<() => void>()
  readonly #isRemote: (origin: unknown) => boolean

  /** `isRemote` tells updates that came from the server apart from local ones. */
  constructor(doc: Y.Doc, isRemote: (origin: unknown) => boolean) {
    this.#doc = doc
    this.#isRemote = isRemote
    doc.on('update', this.#onUpdate)
  }

  get state(): SaveState {
    return { unsaved: this.#pending.length }
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** The server stored everything up to `stateVector`. */
  acknowledge(stateVector: Map<number, number>): void {
    for (const [client, clock] of stateVector) this.#confirm(client, clock)
    this.#settle()
  }

  destroy(): void {
    this.#doc.off('update', this.#onUpdate)
    this.#listeners.clear()
  }

  #confirm(client: number, clock: number): void {
    if ((this.#confirmed.get(client) ?? 0) < clock) this.#confirmed.set(client, clock)
  }

  #settle(): void {
    const before = this.#pending.length
    this.#pending = this.#pending.filter(
      ({ client, clock }) => (this.#confirmed.get(client) ?? 0) < clock,
    )
    if (this.#pending.length !== before) this.#emit()
  }

  #emit(): void {
    for (const listener of this.#listeners) listener()
  }

  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    const { to } = Y.parseUpdateMeta(update)
    if (this.#isRemote(origin)) {
      // What the server sent, it has stored (it stores before it relays).
      for (const [client, clock] of to) this.#confirm(client, clock)
      this.#settle()
      return
    }
    for (const [client, clock] of to) {
      if ((this.#confirmed.get(client) ?? 0) < clock) this.#pending.push({ client, clock })
    }
    this.#emit()
  }
}
