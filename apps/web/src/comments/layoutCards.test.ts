import { describe, expect, it } from 'vitest'
import { layoutCards } from './layoutCards'

describe('layoutCards', () => {
  it('puts each card beside its passage when there is room', () => {
    expect(
      layoutCards(
        [
          { ideal: 100, height: 50 },
          { ideal: 300, height: 50 },
        ],
        {},
      ),
    ).toEqual([100, 300])
  })

  it('pushes cards down so they do not overlap', () => {
    expect(
      layoutCards(
        [
          { ideal: 100, height: 80 },
          { ideal: 120, height: 50 },
          { ideal: 150, height: 50 },
        ],
        { gap: 10 },
      ),
    ).toEqual([100, 190, 250])
  })

  it('keeps cards below the header', () => {
    expect(layoutCards([{ ideal: 0, height: 50 }], { minTop: 40 })).toEqual([40])
  })

  it('places the active card beside its passage and moves earlier ones up', () => {
    expect(
      layoutCards(
        [
          { ideal: 100, height: 80 },
          { ideal: 120, height: 50 },
          { ideal: 150, height: 50 },
        ],
        { activeIndex: 1, gap: 10 },
      ),
    ).toEqual([30, 120, 180])
  })

  it('moves the active card down when the cards before it need the room', () => {
    expect(
      layoutCards(
        [
          { ideal: 10, height: 80 },
          { ideal: 20, height: 50 },
        ],
        { activeIndex: 1, minTop: 0, gap: 10 },
      ),
    ).toEqual([0, 90])
  })

  it('lists detached threads after the last placed card', () => {
    expect(
      layoutCards(
        [
          { ideal: 100, height: 50 },
          { ideal: null, height: 50 },
        ],
        { gap: 10 },
      ),
    ).toEqual([100, 160])
  })
})
