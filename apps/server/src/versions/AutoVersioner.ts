import type { Clock } from '../clock'
import { QuietTimers } from './QuietTimers'

export interface AutoVersionerOptions {
  clock: Clock
  /** A version is taken once editing has paused this long… */
  quietMs: number
  /** …but at most one automatic version per plan per this interval. */
  minIntervalMs: number
  /** Dashboard figures are refreshed after this shorter pause. */
  statsQuietMs: number
  snapshot: (planId: string) => Promise<unknown>
  refreshStats: (planId: string) => Promise<void>
  /** What failed: taking the automatic version, or refreshing the dashboard figures. */
  onError: (planId: string, task: 'version' | 'stats', error: unknown) => void
}

/**
 * Takes a version of a plan when its editing pauses, like a careful colleague saving a copy
 * whenever the room goes quiet. Timers per plan; nothing is kept once a plan's version is taken.
 */
export class AutoVersioner {
  readonly #options: AutoVersionerOptions
  readonly #versionTimers: QuietTimers
  readonly #statsTimers: QuietTimers
  readonly #lastAutoAt = new Map<string, number>()

  constructor(options: AutoVersionerOptions) {
    this.#options = options
    this.#versionTimers = new QuietTimers(
      options.clock,
      (planId) => this.#quiet(planId),
      (planId, error) => options.onError(planId, 'version', error),
    )
    this.#statsTimers = new QuietTimers(
      options.clock,
      (planId) => options.refreshStats(planId),
      (planId, error) => options.onError(planId, 'stats', error),
    )
  }

  /** Called after each stored edit of a plan. */
  noteEdit(planId: string): void {
    this.#statsTimers.push(planId, this.#options.statsQuietMs)
    this.#versionTimers.push(planId, this.#options.quietMs)
  }

  stop(): void {
    this.#versionTimers.stop()
    this.#statsTimers.stop()
  }

  #quiet(planId: string): Promise<unknown> | undefined {
    const { clock, minIntervalMs } = this.#options
    const last = this.#lastAutoAt.get(planId)
    const wait = last === undefined ? 0 : last + minIntervalMs - clock.now()
    if (wait > 0) {
      this.#versionTimers.push(planId, wait)
      return undefined
    }
    this.#lastAutoAt.set(planId, clock.now())
    return this.#options.snapshot(planId)
  }
}
