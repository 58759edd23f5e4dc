import type { PlanStatus } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import type { User } from '../accounts/UserStore'
import { OTHER_TEAM, TEAM, testPerson } from '../testing/testPerson'
import { canManageCourse, planRights, readOnlyReason } from './planRights'

const PEOPLE = {
  'delegate of the team': testPerson('delegate', { teamId: TEAM }),
  'delegate of another team': testPerson('delegate', { teamId: OTHER_TEAM }),
  'delegate of no team': testPerson('delegate'),
  'mentor of the team': testPerson('mentor', { mentorTeamIds: [OTHER_TEAM, TEAM] }),
  'mentor of another team': testPerson('mentor', { mentorTeamIds: [OTHER_TEAM] }),
  'mentor of no team': testPerson('mentor'),
  admin: testPerson('admin'),
} as const

/**
 * What each person may do with the team's plan, written out by hand: r(ead), e(dit the body),
 * c(omment), or '-' for a right they lack; on a plan in any status but final, and on a final
 * plan. Deactivated people may do nothing at all.
 */
const RIGHTS: Record<keyof typeof PEOPLE, { open: string; final: string }> = {
  'delegate of the team': { open: 'rec', final: 'r-c' },
  'delegate of another team': { open: '---', final: '---' },
  'delegate of no team': { open: '---', final: '---' },
  'mentor of the team': { open: 'r-c', final: 'r-c' },
  'mentor of another team': { open: '---', final: '---' },
  'mentor of no team': { open: '---', final: '---' },
  admin: { open: 'rec', final: 'rec' },
}

const STATUSES: PlanStatus[] = ['draft', 'in_review', 'changes_requested', 'reviewed', 'final']

const letters = ({ read, edit, comment }: { read: boolean; edit: boolean; comment: boolean }) =>
  `${read ? 'r' : '-'}${edit ? 'e' : '-'}${comment ? 'c' : '-'}`

describe('planRights', () => {
  it('gives each role, on its own team’s plan or another’s, in every status, the rights of the table', () => {
    const mismatches: string[] = []
    for (const [who, user] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, User][]) {
      for (const status of STATUSES) {
        for (const active of [true, false]) {
          const rights = planRights({ ...user, active }, { team: { id: TEAM }, status })
          const want = active ? RIGHTS[who][status === 'final' ? 'final' : 'open'] : '---'
          const got = letters(rights)
          if (got !== want) {
            mismatches.push(`${who} (${active ? 'active' : 'inactive'}), ${status}: ${got}`)
          }
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('answers with booleans, never with missing rights', () => {
    const plan = { team: { id: TEAM }, status: 'draft' as const }
    expect(planRights(PEOPLE['delegate of another team'], plan)).toEqual({
      read: false,
      edit: false,
      comment: false,
    })
    expect(planRights(PEOPLE['mentor of the team'], plan)).toEqual({
      read: true,
      edit: false,
      comment: true,
    })
  })

  it('lets the team edit a plan whose status it is not told', () => {
    expect(planRights(PEOPLE['delegate of the team'], { team: { id: TEAM } })).toEqual({
      read: true,
      edit: true,
      comment: true,
    })
  })
})

describe('readOnlyReason', () => {
  it('tells a mentor that mentors do not change the text, whatever the status', () => {
    for (const status of STATUSES) {
      expect(readOnlyReason(PEOPLE['mentor of the team'], { status })).toEqual({
        code: 'mentor',
        reason: 'Mentors can read and comment on this plan, but not change its text.',
      })
    }
  })

  it('tells a delegate of the team that the plan is final', () => {
    expect(readOnlyReason(PEOPLE['delegate of the team'], { status: 'final' })).toEqual({
      code: 'final',
      reason: 'This plan is final: only an admin can change its text. Comments are still open.',
    })
  })
})

describe('canManageCourse', () => {
  it('is for active admins only', () => {
    expect(canManageCourse(PEOPLE.admin)).toBe(true)
    expect(canManageCourse({ ...PEOPLE.admin, active: false })).toBe(false)
    expect(canManageCourse(PEOPLE['mentor of the team'])).toBe(false)
    expect(canManageCourse(PEOPLE['delegate of the team'])).toBe(false)
  })
})
