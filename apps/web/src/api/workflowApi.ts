import type { PlanStatus, PlanSummary } from '@coplan/protocol'
import { requestJson } from './requestJson'

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`

/**
 * Moves a plan to another status. The server decides who may make which move: 403
 * `transition_forbidden`, 409 `wrong_status` (someone moved it first), 400 `reason_required`.
 */
export const changePlanStatus = async (
  planId: string,
  to: PlanStatus,
  message?: string,
): Promise<PlanSummary> =>
  (
    await requestJson<{ plan: PlanSummary }>(`${planPath(planId)}/status`, {
      method: 'POST',
      body: JSON.stringify(message ? { to, message } : { to }),
    })
  ).plan
