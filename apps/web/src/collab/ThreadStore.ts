import type { CommentEvent, ThreadView } from '@coplan/protocol'

export interface ThreadsSnapshot {
  /** `loading` until the first list arrives; a failed refresh keeps the threads it had. */
  status: 'loading' | 'ready' | 'error'
  /** Oldest first, resolved ones included. */
  threads: readonly ThreadView[]
}

export type LoadThreads = (signal: AbortSignal) => Promise<ThreadView[]>

/**
 * The comment threads of one plan, kept current from two sources: the list from the API
 * (`refresh()`, on every (re)connection, since events sent while offline are lost) and the
 * events the server pushes on the plan's socket (`apply()`).
 *
 * An event may cross a refresh in flight, in either direction. Events are applied at once and
 * also remembered until the refresh answers; the list then replaces everything and the
 * remembered events are applied again on top, in order. The last event for a thread is the
 * newest state the server published, so the result is right whichever came first.
 */
export class ThreadStore {
  readonly #load: LoadThreads
  #threads = new Map<string, ThreadView>()
  #snapshot: ThreadsSnapshot = { status: 'loading', threads: [] }
  #replay: CommentEvent[] | null = null
  #request: AbortController | null = null
  readonly #listeners = new Set<() => void>()
  readonly #eventListeners = new Set<(event: CommentEvent) => void>()

  constructor(load: LoadThreads) {
    this.#load = load
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getSnapshot = (): ThreadsSnapshot => this.#snapshot

  /** Called for every pushed event after it is applied (not for refreshes). */
  onEvent(listener: (event: CommentEvent) => void): () => void {
    this.#eventListeners.add(listener)
    return () => this.#eventListeners.delete(listener)
  }

  /** Loads the list again; a refresh still in flight is abandoned. */
  refresh(): void {
    this.#request?.abort()
    const request = new AbortController()
    this.#request = request
    this.#replay = []
    this.#load(request.signal).then(
      (threads) => {
        if (request.signal.aborted) return
        const replay = this.#replay ?? []
        this.#request = null
        this.#replay = null
        this.#threads = new Map(threads.map((thread) => [thread.id, thread]))
        for (const event of replay) this.#applyToMap(event)
        this.#publish('ready')
      },
      (error: unknown) => {
        if (request.signal.aborted) return
        console.error('Comment threads could not be loaded', error)
        this.#request = null
        this.#replay = null
        this.#publish(this.#snapshot.status === 'ready' ? 'ready' : 'error')
      },
    )
  }

  apply(event: CommentEvent): void {
    this.#replay?.push(event)
    this.#applyToMap(event)
    this.#publish(this.#snapshot.status)
    for (const listener of this.#eventListeners) listener(event)
  }

  /**
   * A thread the person just created, from the API's answer, in case its event is slow. Only
   * an unknown thread is added: a known one may already be newer than this answer.
   */
  addIfMissing(thread: ThreadView): void {
    if (this.#threads.has(thread.id)) return
    this.#threads.set(thread.id, thread)
    this.#publish(this.#snapshot.status)
  }

  destroy(): void {
    this.#request?.abort()
    this.#listeners.clear()
    this.#eventListeners.clear()
  }

  #applyToMap(event: CommentEvent): void {
    if (event.type === 'thread') this.#threads.set(event.thread.id, event.thread)
    else this.#threads.delete(event.threadId)
  }

  #publish(status: ThreadsSnapshot['status']): void {
    this.#snapshot = { status, threads: [...this.#threads.values()] }
    for (const listener of this.#listeners) listener()
  }
}
