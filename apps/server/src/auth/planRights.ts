import type { PlanStatus } from '@coplan/protocol'
import type { ReadOnly } from '../rooms/Connection'
import type { User } from '../accounts/UserStore'

/**
 * What one person may do with one plan. The only place these rules live; callers ask
 * `can` or `authorizePlan` (planPolicy.ts), which answer from this table.
 */
export interface PlanRights {
  read: boolean
  /** Change the plan body. */
  edit: boolean
  comment: boolean
}

const NONE: PlanRights = { read: false, edit: false, comment: false }

/**
 * | | delegate of the team | other delegate | mentor of the team | other mentor | admin |
 * |---|---|---|---|---|---|
 * | read | yes | no | yes | no | yes |
 * | edit body | yes | no | no | no | yes |
 * | comment | yes | no | yes | no | yes |
 *
 * On a final plan only admins may edit.
 */
export const planRights = (
  user: User,
  plan: { team: { id: string }; status?: PlanStatus },
): PlanRights => {
  if (!user.active) return NONE
  // A final plan is locked: only admins may still change its body. Comments stay possible.
  const locked = plan.status === 'final'
  switch (user.role) {
    case 'admin':
      return { read: true, edit: true, comment: true }
    case 'delegate':
      return user.teamId === plan.team.id ? { read: true, edit: !locked, comment: true } : NONE
    case 'mentor':
      return user.mentorTeamIds.includes(plan.team.id)
        ? { read: true, edit: false, comment: true }
        : NONE
  }
}

export const MENTOR_READ_ONLY =
  'Mentors can read and comment on this plan, but not change its text.'
export const FINAL_READ_ONLY =
  'This plan is final: only an admin can change its text. Comments are still open.'

/** Why someone who may read a plan may not change it, as the editor shows it. */
export const readOnlyReason = (user: User, plan: { status?: PlanStatus }): ReadOnly =>
  plan.status === 'final' && user.role !== 'mentor'
    ? { code: 'final', reason: FINAL_READ_ONLY }
    : { code: 'mentor', reason: MENTOR_READ_ONLY }

/** Only admins manage people, teams and plans. */
export const canManageCourse = (user: User): boolean => user.active && user.role === 'admin'
