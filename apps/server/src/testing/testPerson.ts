import type { Role } from '@coplan/protocol'
import type { User } from '../accounts/UserStore'

/** The team whose plan the rights tests ask about, and another one. */
export const TEAM = 'team-ghana'
export const OTHER_TEAM = 'team-peru'

/** A person as the rights tables see them, without a database: only role and teams matter. */
export const testPerson = (
  role: Role,
  { teamId = null as string | null, mentorTeamIds = [] as string[], active = true } = {},
): User => ({
  id: `${role}-1`,
  email: `${role}@coplan.example`,
  name: role,
  role,
  teamId,
  mentorTeamIds,
  active,
  hasPassword: true,
  passwordHash: null,
  demoPassword: false,
})
