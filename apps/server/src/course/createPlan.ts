import type { PlanSummary } from '@coplan/protocol'
import { createPlanTemplate, planUpdateFromJSON } from '@coplan/schema'
import type { CourseStore } from './CourseStore'

/** Creates a plan whose document starts as the cooperation plan template. */
export const createPlan = (
  course: CourseStore,
  input: { teamId: string; title: string },
): PlanSummary =>
  course.createPlan({ ...input, initialState: planUpdateFromJSON(createPlanTemplate(input.title)) })
