import { describe, expect, it } from 'vitest'
import { availableMoves } from './planMoves'

const targets = (...args: Parameters<typeof availableMoves>) =>
  availableMoves(...args).map((move) => move.to)

describe('availableMoves', () => {
  it('lets a delegate submit a draft and resubmit after changes were requested, nothing else', () => {
    expect(targets('delegate', 'draft')).toEqual(['in_review'])
    expect(targets('delegate', 'changes_requested')).toEqual(['in_review'])
    expect(targets('delegate', 'in_review')).toEqual([])
    expect(targets('delegate', 'reviewed')).toEqual([])
    expect(targets('delegate', 'final')).toEqual([])
  })

  it('lets a mentor decide on a plan in review only', () => {
    expect(targets('mentor', 'in_review')).toEqual(['changes_requested', 'reviewed'])
    expect(targets('mentor', 'draft')).toEqual([])
    expect(targets('mentor', 'reviewed')).toEqual([])
  })

  it('lets an admin make every move, and asks for a reason to reopen a final plan', () => {
    expect(targets('admin', 'draft')).toEqual(['in_review'])
    expect(targets('admin', 'in_review')).toEqual(['changes_requested', 'reviewed'])
    expect(targets('admin', 'reviewed')).toEqual(['final'])
    expect(availableMoves('admin', 'final')).toEqual([
      expect.objectContaining({ to: 'draft', needsMessage: true }),
    ])
  })
})
