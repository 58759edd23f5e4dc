import type { Clock } from '../clock'

/** A clock that only moves when the test says so: `advance(ms)` runs the timers that fall due. */
export class ManualClock implements Clock {
  #now: number
  #next = 0
  readonly #timers = new Map<number, { at: number; callback: () => void }>()

  constructor(start = Date.parse('2026-11-02T09:00:00Z')) {
    this.#now = start
  }

  now(): number {
    return this.#now
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = ++this.#next
    this.#timers.set(id, { at: this.#now + delayMs, callback })
    return id
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number)
  }

  advance(ms: number): void {
    const until = this.#now + ms
    for (;;) {
      const due = [...this.#timers.entries()]
        .filter(([, timer]) => timer.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.#timers.delete(due[0])
      this.#now = due[1].at
      due[1].callback()
    }
    this.#now = until
  }
}
