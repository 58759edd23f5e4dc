import type { BundlePlan } from '@coplan/protocol'
import { STATUS_LABELS } from '../workflow/planWorkflow'

/**
 * Why the course bundle left a plan out, in English, for the bundle's `index.csv` and the
 * command line; empty for a plan it included. The web words `reason` itself.
 */
export const bundleSkipText = (plan: Pick<BundlePlan, 'reason' | 'status' | 'detail'>): string => {
  switch (plan.reason) {
    case undefined:
      return ''
    case 'not_final':
      return `Not final (status: ${STATUS_LABELS[plan.status]})`
    case 'export_failed':
      return plan.detail ? `Export failed: ${plan.detail}` : 'Export failed'
  }
}
