import { describe, expect, it, vi } from 'vitest'
import { placeCarets } from './placeCarets'
import type { CaretMeasure } from './placeCarets'

/** A plan whose positions 0–99 are rendered, one 20 px line per 10 positions, 8 px a character. */
const measure = (): CaretMeasure => ({
  isRendered: vi.fn((pos: number) => pos < 100),
  coordsAt: vi.fn((pos: number) => {
    const top = 100 + 20 * Math.floor(pos / 10)
    return { left: 50 + 8 * (pos % 10), top, bottom: top + 18 }
  }),
  rangeRects: vi.fn((from: number, to: number) =>
    from < 100 ? [{ left: 50, top: 100, width: 8 * (Math.min(to, 100) - from), height: 18 }] : [],
  ),
})

const caret = (clientId: number, anchor: number, head = anchor) => ({
  clientId,
  name: `Person ${clientId}`,
  color: '#112233',
  anchor,
  head,
})

describe('placeCarets', () => {
  it('places a bar the height of its line, relative to the layer', () => {
    const spots = placeCarets([caret(1, 12)], measure(), { left: 40, top: 90 })
    expect(spots).toEqual([
      {
        clientId: 1,
        name: 'Person 1',
        color: '#112233',
        caret: { left: 26, top: 30, width: 0, height: 18 },
        selection: [],
      },
    ])
  })

  it('never measures a caret in a block the browser does not render', () => {
    const m = measure()
    const spots = placeCarets([caret(1, 5), caret(2, 500)], m, { left: 0, top: 0 })
    expect(spots.map((spot) => spot.clientId)).toEqual([1])
    expect(m.coordsAt).toHaveBeenCalledTimes(1)
    expect(m.coordsAt).toHaveBeenCalledWith(5)
  })

  it('draws the rendered part of a selection, backwards or forwards, even if its caret is not', () => {
    const m = measure()
    const [spot] = placeCarets([caret(3, 120, 95)], m, { left: 50, top: 100 })
    expect(m.rangeRects).toHaveBeenCalledWith(95, 120)
    expect(spot?.caret).toMatchObject({ left: 40, top: 180 })
    const [offScreenHead] = placeCarets([caret(3, 95, 120)], m, { left: 50, top: 100 })
    expect(offScreenHead?.caret).toBeNull()
    expect(offScreenHead?.selection).toEqual([{ left: 0, top: 0, width: 40, height: 18 }])
  })

  it('leaves out a caret that cannot be measured', () => {
    const m = measure()
    vi.mocked(m.coordsAt).mockReturnValue(null)
    expect(placeCarets([caret(1, 5)], m, { left: 0, top: 0 })).toEqual([])
  })
})
