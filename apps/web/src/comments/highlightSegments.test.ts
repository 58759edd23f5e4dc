import { describe, expect, it } from 'vitest'
import { highlightSegments, threadAt } from './highlightSegments'

describe('highlightSegments', () => {
  it('keeps separate passages apart', () => {
    expect(
      highlightSegments([
        { id: 'a', from: 1, to: 4 },
        { id: 'b', from: 6, to: 9 },
      ]),
    ).toEqual([
      { from: 1, to: 4, ids: ['a'] },
      { from: 6, to: 9, ids: ['b'] },
    ])
  })

  it('cuts overlapping passages where they start and end', () => {
    expect(
      highlightSegments([
        { id: 'a', from: 1, to: 10 },
        { id: 'b', from: 5, to: 15 },
        { id: 'c', from: 6, to: 7 },
      ]),
    ).toEqual([
      { from: 1, to: 5, ids: ['a'] },
      { from: 5, to: 6, ids: ['a', 'b'] },
      { from: 6, to: 7, ids: ['a', 'b', 'c'] },
      { from: 7, to: 10, ids: ['a', 'b'] },
      { from: 10, to: 15, ids: ['b'] },
    ])
  })

  it('has nothing for no passages', () => {
    expect(highlightSegments([])).toEqual([])
  })
})

describe('threadAt', () => {
  const spans = [
    { id: 'outer', from: 1, to: 20 },
    { id: 'inner', from: 5, to: 8 },
  ]

  it('picks the shortest passage under the click', () => {
    expect(threadAt(spans, 6, null)).toBe('inner')
    expect(threadAt(spans, 12, null)).toBe('outer')
    expect(threadAt(spans, 30, null)).toBeNull()
  })

  it('moves on to the next passage when the active one is clicked again', () => {
    expect(threadAt(spans, 6, 'inner')).toBe('outer')
    expect(threadAt(spans, 6, 'outer')).toBe('inner')
    expect(threadAt(spans, 12, 'outer')).toBe('outer')
  })
})
