import type { WebsocketProvider } from 'y-websocket'
import { reconnectDelay } from './reconnectDelay'

/**
 * Takes reconnecting over from y-websocket, whose backoff has no jitter: after a server restart,
 * every open editor would come back in the same few milliseconds, and again at each step.
 *
 * On a close that may be retried, the scheduler clears `provider.shouldConnect` while
 * y-websocket is still handling the close, so that y-websocket's own retry (scheduled right
 * after the `connection-close` event) finds nothing to do, and calls `connect()` itself after
 * `reconnectDelay(attempt)`. Permanent closes (4400–4499, by `provider.shouldReconnect`) are left
 * to y-websocket, which stops and emits `closed`; closes the app asked for (`disconnect()`)
 * clear `shouldConnect` first and are not retried. A synced connection resets the backoff.
 */
export class ReconnectScheduler {
  readonly #provider: WebsocketProvider
  readonly #delayMs: (attempt: number) => number
  #attempt = 0
  #timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    provider: WebsocketProvider,
    { delayMs = reconnectDelay }: { delayMs?: (attempt: number) => number } = {},
  ) {
    this.#provider = provider
    this.#delayMs = delayMs
    provider.on('connection-close', this.#onClose)
    provider.on('sync', this.#onSync)
  }

  /** Drops a pending retry, e.g. because the app reconnects now or stays offline. */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
  }

  destroy(): void {
    this.cancel()
    this.#provider.off('connection-close', this.#onClose)
    this.#provider.off('sync', this.#onSync)
  }

  readonly #onClose = (event: CloseEvent | null): void => {
    const provider = this.#provider
    if (!provider.shouldConnect) return
    if (event !== null && !provider.shouldReconnect(event, provider)) return
    provider.shouldConnect = false
    this.cancel()
    this.#timer = setTimeout(() => {
      this.#timer = null
      provider.connect()
    }, this.#delayMs(this.#attempt++))
  }

  readonly #onSync = (synced: boolean): void => {
    if (synced) this.#attempt = 0
  }
}
