import { describe, expect, it } from 'vitest'
import { diffSequences } from './sequenceDiff'

const same = (x: number, y: number): boolean => x === y

describe('diffSequences', () => {
  it('keeps equal items, and puts the deletions of a replaced run before its insertions', () => {
    expect(diffSequences([1, 2, 3, 4], [1, 5, 6, 4], same)).toEqual([
      { op: 'equal', a: 1, b: 1 },
      { op: 'delete', a: 2 },
      { op: 'delete', a: 3 },
      { op: 'insert', b: 5 },
      { op: 'insert', b: 6 },
      { op: 'equal', a: 4, b: 4 },
    ])
  })

  it('gives equal steps the items of both sides, as `same` may match unequal values', () => {
    const ops = diffSequences(['A', 'b'], ['a', 'B'], (x, y) => x.toLowerCase() === y.toLowerCase())
    expect(ops).toEqual([
      { op: 'equal', a: 'A', b: 'a' },
      { op: 'equal', a: 'b', b: 'B' },
    ])
  })

  it('diffs against an empty sequence', () => {
    expect(diffSequences([], [1], same)).toEqual([{ op: 'insert', b: 1 }])
    expect(diffSequences([1], [], same)).toEqual([{ op: 'delete', a: 1 }])
  })

  it('diffs two long sequences with a few edits quickly (a table of their lengths would not fit in memory)', () => {
    const before = Array.from({ length: 20_000 }, (_, k) => k)
    const after = [...before]
    after.splice(15_000, 2, -1)
    after.splice(10_000, 1)
    after.splice(3, 0, -2, -3)
    const started = performance.now()
    const ops = diffSequences(before, after, same)
    // Generous, for a shared CI machine: the 20,000 × 20,000 table took minutes, or ran out of memory.
    expect(performance.now() - started).toBeLessThan(2000)
    const changed = ops.filter((op) => op.op !== 'equal')
    expect(changed).toEqual([
      { op: 'insert', b: -2 },
      { op: 'insert', b: -3 },
      { op: 'delete', a: 10_000 },
      { op: 'delete', a: 15_000 },
      { op: 'delete', a: 15_001 },
      { op: 'insert', b: -1 },
    ])
    expect(ops.filter((op) => op.op !== 'insert').map((op) => op.a)).toEqual(before)
    expect(ops.filter((op) => op.op !== 'delete').map((op) => op.b)).toEqual(after)
  })
})
