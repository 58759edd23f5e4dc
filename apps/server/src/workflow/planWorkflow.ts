import type { PlanMove, PlanStatus } from '@coplan/protocol'
import { PLAN_MOVES } from '@coplan/protocol'

/** The name of the version taken when a plan moves to a status. */
const VERSION_NAMES: Record<PlanStatus, string> = {
  in_review: 'Submitted for review',
  changes_requested: 'Changes requested',
  reviewed: 'Marked as reviewed',
  final: 'Finalized',
  draft: 'Reopened',
}

/** An allowed move of a plan's status, with the version it takes. */
export interface Transition extends PlanMove {
  versionName: string
}

/** The moves of `@coplan/protocol`'s `PLAN_MOVES`, which the server enforces. */
export const TRANSITIONS: readonly Transition[] = PLAN_MOVES.map((move) => ({
  ...move,
  versionName: VERSION_NAMES[move.to],
}))

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  reviewed: 'Reviewed',
  final: 'Final',
}
