import type { Role, UserSummary } from '@coplan/protocol'

/** A person's role and where it applies, as the role fields edit it. `teamId` '' is none. */
export interface Assignment {
  role: Role
  teamId: string
  mentorTeamIds: string[]
}

export const assignmentOf = (person: UserSummary): Assignment => ({
  role: person.role,
  teamId: person.teamId ?? '',
  mentorTeamIds: person.mentorTeamIds,
})

/** Complete: a delegate needs a team (the server insists too); mentors may start with none. */
export const isCompleteAssignment = (assignment: Assignment): boolean =>
  assignment.role !== 'delegate' || assignment.teamId !== ''

/** What the API takes: only the team fields that belong to the role. */
export const assignmentBody = ({ role, teamId, mentorTeamIds }: Assignment) => ({
  role,
  teamId: role === 'delegate' ? teamId : null,
  mentorTeamIds: role === 'mentor' ? mentorTeamIds : [],
})
