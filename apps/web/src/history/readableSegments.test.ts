import { diffText } from '@coplan/schema'
import type { TextSegment } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import { readableSegments } from './readableSegments'

const side = (segments: TextSegment[], keep: 'delete' | 'insert') =>
  segments
    .filter((segment) => segment.op === 'equal' || segment.op === keep)
    .map((s) => s.text)
    .join('')

describe('readableSegments', () => {
  const before = 'The portal will serve citizens by 2028 through regional centres.'
  const after = 'The portal will serve citizens offices and a national website centres.'

  it('folds changes separated by spaces into one removal and one addition', () => {
    const segments = readableSegments(diffText(before, after))
    expect(segments).toEqual([
      { op: 'equal', text: 'The portal will serve citizens ' },
      { op: 'delete', text: 'by 2028 through regional' },
      { op: 'insert', text: 'offices and a national website' },
      { op: 'equal', text: ' centres.' },
    ])
  })

  it('keeps both texts exactly', () => {
    for (const [a, b] of [
      [before, after],
      ['One two three', 'One three'],
      ['', 'Brand new'],
      ['Gone', ''],
      ['a b c d', 'a x c y'],
    ] as const) {
      const segments = readableSegments(diffText(a, b))
      expect(side(segments, 'delete')).toBe(a)
      expect(side(segments, 'insert')).toBe(b)
    }
  })

  it('leaves a change between unchanged words alone', () => {
    expect(readableSegments(diffText('a b c', 'a x c'))).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'b' },
      { op: 'insert', text: 'x' },
      { op: 'equal', text: ' c' },
    ])
  })
})
