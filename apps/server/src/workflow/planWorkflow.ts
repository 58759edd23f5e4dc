import type { PlanStatus } from '@coplan/protocol'

/** Statuses in English, as the files and messages the server writes give them. */
export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  reviewed: 'Reviewed',
  final: 'Final',
}
