/** Open connections per key (a person, an address), to refuse one too many. */
export class ConnectionCounter {
  readonly #counts = new Map<string, number>()
  readonly #max: number

  constructor(max: number) {
    this.#max = max
  }

  /** Counts a new connection; false (and nothing counted) when the key is at its limit. */
  add(key: string): boolean {
    const count = this.#counts.get(key) ?? 0
    if (count >= this.#max) return false
    this.#counts.set(key, count + 1)
    return true
  }

  remove(key: string): void {
    const count = (this.#counts.get(key) ?? 0) - 1
    if (count <= 0) this.#counts.delete(key)
    else this.#counts.set(key, count)
  }
}
