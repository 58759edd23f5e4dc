import { userColor } from '@coplan/protocol'
import type { User } from '../accounts/UserStore'
import type { CourseStore } from '../course/CourseStore'

/** What others see of a person in the editor: the server's word, never the client's. */
export interface ConnectionIdentity {
  id: string
  name: string
  role: User['role']
  team: string | null
  color: string
}

export const connectionIdentity = (user: User, course: CourseStore): ConnectionIdentity => ({
  id: user.id,
  name: user.name,
  role: user.role,
  team: user.teamId ? (course.findTeam(user.teamId)?.country ?? null) : null,
  color: userColor(user.id),
})
