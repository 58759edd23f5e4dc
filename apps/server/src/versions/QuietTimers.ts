import type { Clock } from '../clock'

/**
 * Runs `onQuiet(key)` once a key has gone `delay` without being pushed back, for many keys;
 * what it throws, or the promise it returns rejects with, goes to `onError(key, error)`, so a
 * failing callback never escapes a timer (which would end the process).
 *
 * A push only moves the key's deadline: the timer armed for it fires at the old deadline and
 * is armed again for the rest. Restarting a timer per push (clear, then set) was a cost of
 * every stored keystroke, since each one pushes its plan's quiet periods back.
 */
export class QuietTimers {
  readonly #clock: Clock
  readonly #onQuiet: (key: string) => unknown
  readonly #onError: (key: string, error: unknown) => void
  readonly #deadlines = new Map<string, number>()
  readonly #armed = new Map<string, { at: number; handle: unknown }>()

  constructor(
    clock: Clock,
    onQuiet: (key: string) => unknown,
    onError: (key: string, error: unknown) => void,
  ) {
    this.#clock = clock
    this.#onQuiet = onQuiet
    this.#onError = onError
  }

  /** `onQuiet(key)` runs `delayMs` from now, unless pushed again before then. */
  push(key: string, delayMs: number): void {
    const deadline = this.#clock.now() + delayMs
    this.#deadlines.set(key, deadline)
    const armed = this.#armed.get(key)
    if (armed && armed.at <= deadline) return
    if (armed) this.#clock.clearTimeout(armed.handle)
    this.#arm(key, deadline)
  }

  stop(): void {
    for (const { handle } of this.#armed.values()) this.#clock.clearTimeout(handle)
    this.#armed.clear()
    this.#deadlines.clear()
  }

  #arm(key: string, at: number): void {
    const handle = this.#clock.setTimeout(() => this.#fire(key), at - this.#clock.now())
    this.#armed.set(key, { at, handle })
  }

  #fire(key: string): void {
    this.#armed.delete(key)
    const deadline = this.#deadlines.get(key)
    if (deadline === undefined) return
    if (deadline > this.#clock.now()) {
      this.#arm(key, deadline)
      return
    }
    this.#deadlines.delete(key)
    try {
      const result = this.#onQuiet(key)
      if (result instanceof Promise) result.catch((error: unknown) => this.#onError(key, error))
    } catch (error) {
      this.#onError(key, error)
    }
  }
}
