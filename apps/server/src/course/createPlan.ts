import type { PlanSummary } from '@coplan/protocol'
import { createPlanTemplate, planStats, planUpdateFromJSON } from '@coplan/schema'
import type { CourseStore } from './CourseStore'

/** Creates a plan whose document starts as the cooperation plan template. */
export const createPlan = (
  course: CourseStore,
  input: { teamId: string; title: string },
): PlanSummary => {
  const template = createPlanTemplate(input.title)
  return course.createPlan({
    ...input,
    initialState: planUpdateFromJSON(template),
    stats: planStats(template),
  })
}
