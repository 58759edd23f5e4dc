/** Where a plan is in the course's workflow. */
export type PlanStatus = 'draft' | 'in_review' | 'changes_requested' | 'reviewed' | 'final'

export const PLAN_STATUSES: readonly PlanStatus[] = [
  'draft',
  'in_review',
  'changes_requested',
  'reviewed',
  'final',
]
