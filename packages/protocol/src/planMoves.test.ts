import { describe, expect, it } from 'vitest'
import { ROLES } from './apiTypes'
import { PLAN_STATUSES } from './planStatus'
import { PLAN_MOVES, availableMoves } from './planMoves'

/** The course's moves as the handbook states them, by role and status: where each may go. */
const HANDBOOK: Record<string, Record<string, string[]>> = {
  delegate: { draft: ['in_review'], changes_requested: ['in_review'] },
  mentor: { in_review: ['changes_requested', 'reviewed'] },
  admin: {
    draft: ['in_review'],
    changes_requested: ['in_review'],
    in_review: ['changes_requested', 'reviewed'],
    reviewed: ['final'],
    final: ['draft'],
  },
}

describe('plan moves', () => {
  it('offer each role exactly the moves of the handbook, from every status', () => {
    for (const role of ROLES) {
      for (const status of PLAN_STATUSES) {
        const targets = availableMoves(role, status).map((move) => move.to)
        expect({ role, status, targets }).toEqual({
          role,
          status,
          targets: HANDBOOK[role]?.[status] ?? [],
        })
      }
    }
  })

  it('lead to each status by exactly one move (the server looks a move up by its target)', () => {
    expect(PLAN_MOVES.map((move) => move.to).sort()).toEqual([
      'changes_requested',
      'draft',
      'final',
      'in_review',
      'reviewed',
    ])
  })

  it('ask for a reason only to reopen a final plan', () => {
    expect(PLAN_MOVES.filter((move) => move.needsMessage).map((move) => move.to)).toEqual(['draft'])
    expect(availableMoves('admin', 'final')).toMatchObject([{ needsMessage: true }])
    expect(availableMoves('admin', 'reviewed')).toMatchObject([{ needsMessage: false }])
    expect(availableMoves('delegate', 'draft')).toMatchObject([{ needsMessage: false }])
    expect(availableMoves('mentor', 'in_review').every((move) => !move.needsMessage)).toBe(true)
  })
})
