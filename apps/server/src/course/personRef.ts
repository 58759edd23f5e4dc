import type { PersonRef } from '@coplan/protocol'
import type { User } from '../accounts/UserStore'
import type { CourseStore } from './CourseStore'

/** How a person appears beside what they did: name, role and a delegate's country. */
export const personRef = (user: User, course: CourseStore): PersonRef => {
  const team = user.teamId ? course.findTeam(user.teamId) : null
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    team: team?.country ?? null,
    teamCode: team?.countryCode ?? null,
  }
}
