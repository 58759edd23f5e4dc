import type { PlanStatus, Role } from '@coplan/protocol'

/** One allowed move of a plan's status. */
export interface Transition {
  from: readonly PlanStatus[]
  to: PlanStatus
  /** Roles that may make it (delegates and mentors only for their own teams' plans). */
  by: readonly Role[]
  /** The name of the version taken when it happens. */
  versionName: string
  /** Whether a message (the reason) is required. */
  needsMessage: boolean
}

/**
 * Draft → In review (a delegate submits) → Changes requested or Reviewed (a mentor) → Final
 * (an admin). A team resubmits after changes are requested; an admin can reopen a final plan,
 * giving a reason. Admins may make every move.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    by: ['delegate', 'admin'],
    versionName: 'Submitted for review',
    needsMessage: false,
  },
  {
    from: ['in_review'],
    to: 'changes_requested',
    by: ['mentor', 'admin'],
    versionName: 'Changes requested',
    needsMessage: false,
  },
  {
    from: ['in_review'],
    to: 'reviewed',
    by: ['mentor', 'admin'],
    versionName: 'Marked as reviewed',
    needsMessage: false,
  },
  { from: ['reviewed'], to: 'final', by: ['admin'], versionName: 'Finalized', needsMessage: false },
  { from: ['final'], to: 'draft', by: ['admin'], versionName: 'Reopened', needsMessage: true },
]

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  reviewed: 'Reviewed',
  final: 'Final',
}
