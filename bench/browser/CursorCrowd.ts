import { CursorClient } from './CursorClient'
import type { ParagraphSpot, PlanPositions } from './planPositions'

export interface CursorCrowdOptions {
  urls: readonly string[]
  positions: PlanPositions
  /** Carets placed in paragraphs just around this one (on screen); the rest spread out. */
  near: ParagraphSpot
  nearCount: number
  /** Each caret moves about this often (±50 %, so the moves do not come in lockstep). */
  moveEveryMs: number
}

interface Walker {
  client: CursorClient
  paragraph: number
  offset: number
}

/**
 * Remote collaborators whose carets wander through the plan a few times a second, as people
 * reading and clicking about do: a few characters on at each move, on to the next paragraph at
 * the end of one.
 */
export class CursorCrowd {
  readonly #walkers: Walker[]
  readonly #options: CursorCrowdOptions
  readonly #timers = new Set<NodeJS.Timeout>()
  moves = 0

  constructor(options: CursorCrowdOptions) {
    this.#options = options
    const { paragraphs } = options.positions
    const nearIndex = paragraphs.indexOf(options.near)
    this.#walkers = options.urls.map((url, i) => {
      // Awareness client ids must be unique in the plan; these are out of Yjs's random range.
      const client = new CursorClient(url, 4_000_000_000 + i)
      const paragraph =
        i < options.nearCount
          ? Math.max(0, nearIndex - options.nearCount + 2 * i)
          : Math.floor(
              ((i - options.nearCount + 0.5) / (options.urls.length - options.nearCount)) *
                paragraphs.length,
            )
      return { client, paragraph, offset: (i * 37) % 200 }
    })
  }

  async start(): Promise<void> {
    await Promise.all(this.#walkers.map((walker) => walker.client.joined))
    for (const walker of this.#walkers) {
      this.#move(walker)
      this.#schedule(walker)
    }
  }

  /** How many carets were closed by the server before `stop` (should be none). */
  lost(): number {
    return this.#walkers.filter((walker) => walker.client.closeCode !== null).length
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    for (const walker of this.#walkers) walker.client.close()
  }

  #schedule(walker: Walker): void {
    const delayMs = this.#options.moveEveryMs * (0.5 + Math.random())
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      this.#move(walker)
      this.#schedule(walker)
    }, delayMs)
    this.#timers.add(timer)
  }

  #move(walker: Walker): void {
    const { paragraphs } = this.#options.positions
    walker.offset += 1 + Math.floor(Math.random() * 4)
    if (walker.offset > (paragraphs[walker.paragraph]?.length ?? 0)) {
      walker.paragraph = (walker.paragraph + 1) % paragraphs.length
      walker.offset = 0
    }
    const spot = paragraphs[walker.paragraph]
    if (!spot) return
    walker.client.move(this.#options.positions.caretIn(spot, walker.offset))
    this.moves++
  }
}
