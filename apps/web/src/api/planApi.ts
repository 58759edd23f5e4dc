import type { CourseSummary, PlanListItem, PlanSummary } from '@coplan/protocol'
import { requestJson } from './requestJson'

/** What the signed-in person may do with a plan, as the server decided. */
export interface PlanAccess {
  edit: boolean
  comment: boolean
}

export const fetchCourse = (signal?: AbortSignal): Promise<CourseSummary> =>
  requestJson<CourseSummary>('/api/course', { signal })

/**
 * The plans the signed-in person may read (the server leaves out the others), with the course
 * dashboard's figures; comment counts are for this person.
 */
export const fetchPlans = async (signal?: AbortSignal): Promise<PlanListItem[]> =>
  (await requestJson<{ plans: PlanListItem[] }>('/api/plans', { signal })).plans

/** One plan and the person's rights on it; 403 when they may not read it, 404 when unknown. */
export const fetchPlan = (
  planId: string,
  signal?: AbortSignal,
): Promise<{ plan: PlanSummary; access: PlanAccess }> =>
  requestJson(`/api/plans/${encodeURIComponent(planId)}`, { signal })

/** Admins only. */
export const createPlan = async (input: { title: string; teamId: string }): Promise<PlanSummary> =>
  (
    await requestJson<{ plan: PlanSummary }>('/api/plans', {
      method: 'POST',
      body: JSON.stringify(input),
    })
  ).plan
