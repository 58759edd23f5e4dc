import type { CourseSummary, PlanSummary } from '@coplan/protocol'
import { requestJson } from './requestJson'

export const fetchCourse = (signal?: AbortSignal): Promise<CourseSummary> =>
  requestJson<CourseSummary>('/api/course', { signal })

export const fetchPlans = async (signal?: AbortSignal): Promise<PlanSummary[]> =>
  (await requestJson<{ plans: PlanSummary[] }>('/api/plans', { signal })).plans

export const fetchPlan = async (planId: string, signal?: AbortSignal): Promise<PlanSummary> =>
  (await requestJson<{ plan: PlanSummary }>(`/api/plans/${encodeURIComponent(planId)}`, { signal }))
    .plan

export const createPlan = async (input: { title: string; teamId: string }): Promise<PlanSummary> =>
  (
    await requestJson<{ plan: PlanSummary }>('/api/plans', {
      method: 'POST',
      body: JSON.stringify(input),
    })
  ).plan
