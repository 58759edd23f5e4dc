import type { PlanSummary } from '@coplan/protocol'
import type { User } from '../accounts/UserStore'
import type { CourseStore } from '../course/CourseStore'
import { Forbidden, NotFound } from '../errors'
import { planRights } from './planRights'

/**
 * What someone may ask to do with a plan:
 * - `read`: open it, with its comments, versions, activity and exports;
 * - `edit`: change its body, save a version, restore one;
 * - `comment`: start, answer, edit their own and resolve comment threads;
 * - `moderate`: delete other people's comments.
 */
export type PlanAction = 'read' | 'edit' | 'comment' | 'moderate'

/** As much of a plan as the rules look at. */
export type PlanSubject = Parameters<typeof planRights>[1]

/**
 * May `user` do `action` to `plan`? The one question every route, socket and service asks
 * (Outline's `server/policies`); the role table it answers from is `planRights`.
 */
export const can = (user: User, action: PlanAction, plan: PlanSubject): boolean => {
  const rights = planRights(user, plan)
  // Admins moderate; an inactive one has no rights at all, so none to comment either.
  if (action === 'moderate') return rights.comment && user.role === 'admin'
  return rights[action]
}

/** Said to someone who may not do this to the plan. */
const REFUSALS: Record<PlanAction, string> = {
  read: 'You may not open this plan',
  edit: 'You may not change this plan',
  comment: 'You may not comment on this plan',
  moderate: "You may not delete other people's comments on this plan",
}

/**
 * The plan `planId`, if `user` may do `action` to it. Throws `NotFound` (`plan_not_found`) for
 * an unknown plan, and `Forbidden` (`forbidden`) to someone who may not do it: "You may not
 * open this plan" to whoever may not read it, whatever the action (an outsider learns no more
 * than that), and what they may not do to anyone else.
 */
export const authorizePlan = (
  course: Pick<CourseStore, 'findPlan'>,
  user: User,
  planId: string,
  action: PlanAction,
): PlanSummary => {
  const plan = course.findPlan(planId)
  if (!plan) throw new NotFound('plan_not_found', 'There is no plan with that id')
  if (!can(user, 'read', plan)) throw new Forbidden('forbidden', REFUSALS.read)
  if (!can(user, action, plan)) throw new Forbidden('forbidden', REFUSALS[action])
  return plan
}
