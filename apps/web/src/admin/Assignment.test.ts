import { describe, expect, it } from 'vitest'
import { assignmentBody, isCompleteAssignment } from './Assignment'

describe('assignments', () => {
  it('send only the team fields that belong to the role', () => {
    const teams = { teamId: 'gh', mentorTeamIds: ['gh', 'pe'] }
    expect(assignmentBody({ role: 'delegate', ...teams })).toEqual({
      role: 'delegate',
      teamId: 'gh',
      mentorTeamIds: [],
    })
    expect(assignmentBody({ role: 'mentor', ...teams })).toEqual({
      role: 'mentor',
      teamId: null,
      mentorTeamIds: ['gh', 'pe'],
    })
    expect(assignmentBody({ role: 'admin', ...teams })).toEqual({
      role: 'admin',
      teamId: null,
      mentorTeamIds: [],
    })
  })

  it('need a team for a delegate only', () => {
    expect(isCompleteAssignment({ role: 'delegate', teamId: '', mentorTeamIds: [] })).toBe(false)
    expect(isCompleteAssignment({ role: 'mentor', teamId: '', mentorTeamIds: [] })).toBe(true)
  })
})
