import { createPlanSchema } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import { blockIndexAt, topLevelOffsets } from './topLevelBlocks'

const schema = createPlanSchema()

describe('top-level blocks', () => {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: ['One', 'Two words', 'Three'].map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })),
  })

  it('lists where each block starts, once per document', () => {
    expect(topLevelOffsets(doc)).toEqual([0, 5, 16])
    expect(topLevelOffsets(doc)).toBe(topLevelOffsets(doc))
  })

  it('finds the block holding a position, at its edges too', () => {
    const offsets = topLevelOffsets(doc)
    expect([0, 1, 4, 5, 15, 16, 22].map((pos) => blockIndexAt(offsets, pos))).toEqual([
      0, 0, 0, 1, 1, 2, 2,
    ])
  })
})
