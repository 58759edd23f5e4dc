import type { Role } from './apiTypes'
import type { PlanStatus } from './planStatus'

/** A status change of a plan: from which statuses, to which, and who may make it. */
export interface PlanMove {
  from: readonly PlanStatus[]
  to: PlanStatus
  /** Roles that may make it; delegates and mentors only on their own teams' plans. */
  by: readonly Role[]
  /** The server refuses the move without a message (the reason). */
  needsMessage: boolean
}

/**
 * Draft → In review (a delegate submits) → Changes requested or Reviewed (a mentor) → Final
 * (an admin). A team resubmits after changes are requested; an admin can reopen a final plan,
 * giving a reason. Admins may make every move. The server enforces this table; the web app
 * reads it only to decide which buttons to show.
 */
export const PLAN_MOVES: readonly PlanMove[] = [
  {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    by: ['delegate', 'admin'],
    needsMessage: false,
  },
  { from: ['in_review'], to: 'changes_requested', by: ['mentor', 'admin'], needsMessage: false },
  { from: ['in_review'], to: 'reviewed', by: ['mentor', 'admin'], needsMessage: false },
  { from: ['reviewed'], to: 'final', by: ['admin'], needsMessage: false },
  { from: ['final'], to: 'draft', by: ['admin'], needsMessage: true },
]

/** The moves a person with `role` may make on a plan in `status` that they can open. */
export const availableMoves = (role: Role, status: PlanStatus): PlanMove[] =>
  PLAN_MOVES.filter((move) => move.by.includes(role) && move.from.includes(status))
