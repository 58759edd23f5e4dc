/** A deterministic random source in [0, 1), so a failing fuzz run replays with its seed. */
export const seededRandom = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff
  return seed / 0x7fffffff
}
