/**
 * A token bucket per connection: `perSecond` messages a second on average, with bursts up to
 * `burst` (a paste, a reconnect's catch-up). Typing sends a few dozen messages a second.
 */
export class MessageRateLimit {
  readonly #perMs: number
  readonly #burst: number
  #tokens: number
  #at: number

  constructor(perSecond: number, burst: number, now = Date.now()) {
    this.#perMs = perSecond / 1000
    this.#burst = burst
    this.#tokens = burst
    this.#at = now
  }

  /** Takes one message's token; false when the connection is over its rate. */
  take(now = Date.now()): boolean {
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#at) * this.#perMs)
    this.#at = now
    if (this.#tokens < 1) return false
    this.#tokens -= 1
    return true
  }
}
