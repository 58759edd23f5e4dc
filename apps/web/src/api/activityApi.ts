import type { ActivityView } from '@coplan/protocol'
import { requestJson } from './requestJson'

export type ActivityKind = ActivityView['kind']

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'status',
  'version',
  'restore',
  'export',
  'membership',
]

export interface ActivityFilter {
  kind?: ActivityKind
  planId?: string
  /** To page back: the `createdAt` of the last entry shown… */
  before?: string
  /** …and its id (entries of the same instant are then not skipped). */
  beforeId?: string
  limit?: number
}

const query = (filter: ActivityFilter): string => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params.set(name, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** What happened to one plan, newest first. */
export const fetchPlanActivity = async (
  planId: string,
  filter: Omit<ActivityFilter, 'planId'> = {},
  signal?: AbortSignal,
): Promise<ActivityView[]> =>
  (
    await requestJson<{ activity: ActivityView[] }>(
      `/api/plans/${encodeURIComponent(planId)}/activity${query(filter)}`,
      { signal },
    )
  ).activity

/** Admins only: what happened across the course, newest first. */
export const fetchCourseActivity = async (
  filter: ActivityFilter = {},
  signal?: AbortSignal,
): Promise<ActivityView[]> =>
  (await requestJson<{ activity: ActivityView[] }>(`/api/activity${query(filter)}`, { signal }))
    .activity
