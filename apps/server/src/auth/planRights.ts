import type { User } from '../accounts/UserStore'

/** What one person may do with one plan. The only place these rules live. */
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
 */
export const planRights = (user: User, plan: { team: { id: string } }): PlanRights => {
  if (!user.active) return NONE
  switch (user.role) {
    case 'admin':
      return { read: true, edit: true, comment: true }
    case 'delegate':
      return user.teamId === plan.team.id ? { read: true, edit: true, comment: true } : NONE
    case 'mentor':
      return user.mentorTeamIds.includes(plan.team.id)
        ? { read: true, edit: false, comment: true }
        : NONE
  }
}

/** Only admins manage people, teams and plans. */
export const canManageCourse = (user: User): boolean => user.active && user.role === 'admin'
