import { LIVE_EVENT_NAME, parseLiveEvent } from '@coplan/protocol'
import type { LiveEvent } from '@coplan/protocol'

/**
 * What a listener hears: the server's live events, and `resync` when the stream came back
 * after a drop, during which events may have been missed (read everything shown again).
 */
export type LiveSignal = LiveEvent | { type: 'resync' }

/** The part of the browser's EventSource the channel uses. */
export interface EventSourceLike {
  readonly readyState: number
  onopen: ((event: Event) => void) | null
  onerror: ((event: Event) => void) | null
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  close(): void
}

export interface LiveEventChannelOptions {
  url: string
  open: (url: string) => EventSourceLike
  /** How long to wait before opening again once the browser gave up (it retries drops itself). */
  retryMs: number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

/** EventSource's readyState once it has given up (e.g. the server answered 401 or 429). */
const CLOSED = 2

/**
 * The signed-in tab's stream of live events. The browser reconnects after a dropped stream by
 * itself; when it gives up (an error answer), the channel opens a new one after `retryMs`.
 * Each reopening is announced as `resync`, since events may have been missed meanwhile.
 */
export class LiveEventChannel {
  readonly #options: LiveEventChannelOptions
  readonly #listeners = new Set<(signal: LiveSignal) => void>()
  #source: EventSourceLike | null = null
  #retry: unknown = null
  #opened = false
  #stopped = false

  constructor(options: LiveEventChannelOptions) {
    this.#options = options
    this.#open()
  }

  subscribe(listener: (signal: LiveSignal) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  stop(): void {
    this.#stopped = true
    this.#source?.close()
    this.#source = null
    if (this.#retry !== null) this.#options.clearTimeout(this.#retry)
    this.#retry = null
    this.#listeners.clear()
  }

  #open(): void {
    const source = this.#options.open(this.#options.url)
    this.#source = source
    source.onopen = () => {
      if (this.#opened) this.#emit({ type: 'resync' })
      this.#opened = true
    }
    source.onerror = () => {
      if (source.readyState !== CLOSED || this.#stopped) return
      source.close()
      this.#retry = this.#options.setTimeout(() => {
        this.#retry = null
        if (!this.#stopped) this.#open()
      }, this.#options.retryMs)
    }
    source.addEventListener(LIVE_EVENT_NAME, (event) => {
      const parsed = parseLiveEvent(event.data)
      if (parsed) this.#emit(parsed)
    })
  }

  #emit(signal: LiveSignal): void {
    for (const listener of [...this.#listeners]) listener(signal)
  }
}
