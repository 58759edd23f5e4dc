import type { JSONContent } from '@tiptap/core'
import { diffPlans } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import { diffDisplay } from './diffDisplay'

const doc = (...blocks: [string, string][]): JSONContent => ({
  type: 'doc',
  content: blocks.map(([type, text]) =>
    type === 'h2'
      ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] }
      : { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] },
  ),
})

const before = doc(['h2', 'Goals'], ['p', 'Faster services.'], ['h2', 'Budget'], ['p', 'Ten.'])
const after = doc(
  ['h2', 'Goals'],
  ['p', 'Faster services.'],
  ['p', ''],
  ['h2', 'Budget'],
  ['p', 'Ten.'],
  ['p', 'A new paragraph about funding.'],
)

describe('diffDisplay', () => {
  const { changes } = diffPlans(before, after)

  it('shows every block with text, not a new empty line', () => {
    const { blocks } = diffDisplay(changes, false)
    expect(blocks.map((b) => [b.change.op, b.change.block.text])).toEqual([
      ['equal', 'Goals'],
      ['equal', 'Faster services.'],
      ['equal', 'Budget'],
      ['equal', 'Ten.'],
      ['insert', 'A new paragraph about funding.'],
    ])
  })

  it('shows only changes under their section heading, and where each section starts', () => {
    const { blocks, firstChange } = diffDisplay(changes, true)
    expect(blocks.map((b) => [b.change.op, b.change.block.text])).toEqual([
      ['equal', 'Budget'],
      ['insert', 'A new paragraph about funding.'],
    ])
    expect(firstChange.get('Budget')).toBe(blocks[1]?.index)
    expect(firstChange.has('Goals')).toBe(false)
  })
})
