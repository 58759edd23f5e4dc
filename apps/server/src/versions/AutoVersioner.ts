import type { Clock } from '../clock'

export interface AutoVersionerOptions {
  clock: Clock
  /** A version is taken once editing has paused this long… */
  quietMs: number
  /** …but at most one automatic version per plan per this interval. */
  minIntervalMs: number
  /** Dashboard figures are refreshed after this shorter pause. */
  statsQuietMs: number
  snapshot: (planId: string) => Promise<unknown>
  refreshStats: (planId: string) => void
  onError: (planId: string, error: unknown) => void
}

/**
 * Takes a version of a plan when its editing pauses, like a careful colleague saving a copy
 * whenever the room goes quiet. Timers per plan; nothing is kept once a plan's version is taken.
 */
export class AutoVersioner {
  readonly #options: AutoVersionerOptions
  readonly #versionTimers = new Map<string, unknown>()
  readonly #statsTimers = new Map<string, unknown>()
  readonly #lastAutoAt = new Map<string, number>()

  constructor(options: AutoVersionerOptions) {
    this.#options = options
  }

  /** Called after each stored edit of a plan. */
  noteEdit(planId: string): void {
    this.#restart(this.#statsTimers, planId, this.#options.statsQuietMs, () =>
      this.#options.refreshStats(planId),
    )
    this.#restart(this.#versionTimers, planId, this.#options.quietMs, () => this.#quiet(planId))
  }

  stop(): void {
    for (const timer of [...this.#versionTimers.values(), ...this.#statsTimers.values()]) {
      this.#options.clock.clearTimeout(timer)
    }
    this.#versionTimers.clear()
    this.#statsTimers.clear()
  }

  #quiet(planId: string): void {
    const { clock, minIntervalMs } = this.#options
    const last = this.#lastAutoAt.get(planId)
    const wait = last === undefined ? 0 : last + minIntervalMs - clock.now()
    if (wait > 0) {
      this.#restart(this.#versionTimers, planId, wait, () => this.#quiet(planId))
      return
    }
    this.#lastAutoAt.set(planId, clock.now())
    this.#options.snapshot(planId).catch((error: unknown) => this.#options.onError(planId, error))
  }

  #restart(
    timers: Map<string, unknown>,
    planId: string,
    delayMs: number,
    callback: () => void,
  ): void {
    const { clock } = this.#options
    const previous = timers.get(planId)
    if (previous !== undefined) clock.clearTimeout(previous)
    timers.set(
      planId,
      clock.setTimeout(() => {
        timers.delete(planId)
        callback()
      }, delayMs),
    )
  }
}
