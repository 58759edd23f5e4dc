import type { SessionUser } from '@coplan/protocol'
import { userColor } from '@coplan/protocol'
import type { User } from '../accounts/UserStore'
import type { CourseStore } from './CourseStore'

/** The signed-in person as the web app sees them: no hashes, teams spelled out. */
export const toSessionUser = (user: User, course: CourseStore): SessionUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  team: user.teamId ? course.findTeam(user.teamId) : null,
  mentorTeams: user.mentorTeamIds
    .flatMap((id) => course.findTeam(id) ?? [])
    .sort((a, b) => a.country.localeCompare(b.country)),
  color: userColor(user.id),
})
