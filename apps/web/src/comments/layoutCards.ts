/** A card to place beside the text. */
export interface CardBox {
  /** Where its passage starts, from the top of the panel; null for a detached thread. */
  ideal: number | null
  height: number
}

/**
 * Tops for cards placed beside their passages, as document editors do: each card as close to
 * its passage as it can be without overlapping another. The active card sits exactly beside its
 * passage, and the cards before it move up to make room; cards without a passage follow the
 * last one. Cards are in document order; no card goes above `minTop` (the panel's header),
 * which may push the active card down when many cards come before it.
 */
export const layoutCards = (
  cards: readonly CardBox[],
  {
    activeIndex = -1,
    minTop = 0,
    gap = 8,
  }: { activeIndex?: number; minTop?: number; gap?: number },
): number[] => {
  const tops: number[] = new Array<number>(cards.length).fill(0)
  const ideals = cards.map((card) => card.ideal ?? Number.POSITIVE_INFINITY)
  const heightOf = (index: number) => cards[index]?.height ?? 0
  const placeDown = (from: number, floor: number) => {
    let next = floor
    for (let index = from; index < cards.length; index++) {
      const ideal = ideals[index] as number
      const top = Number.isFinite(ideal) ? Math.max(ideal, next) : next
      tops[index] = top
      next = top + heightOf(index) + gap
    }
  }
  if (activeIndex < 0 || activeIndex >= cards.length) {
    placeDown(0, minTop)
    return tops
  }
  // Room the cards before the active one need at the least.
  let needed = minTop
  for (let index = 0; index < activeIndex; index++) needed += heightOf(index) + gap
  const activeIdeal = ideals[activeIndex] as number
  const activeTop = Number.isFinite(activeIdeal) ? Math.max(activeIdeal, needed) : needed
  tops[activeIndex] = activeTop
  let ceiling = activeTop
  for (let index = activeIndex - 1; index >= 0; index--) {
    const ideal = ideals[index] as number
    const latest = ceiling - gap - heightOf(index)
    const top = Number.isFinite(ideal) ? Math.min(ideal, latest) : latest
    tops[index] = top
    ceiling = top
  }
  placeDown(activeIndex + 1, activeTop + heightOf(activeIndex) + gap)
  return tops
}
