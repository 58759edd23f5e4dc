import type { PlanStatus, PlanSummary } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import type { User } from '../accounts/UserStore'
import { OTHER_TEAM, TEAM, testPerson } from '../testing/testPerson'
import { Forbidden, NotFound } from '../errors'
import { authorizePlan, can } from './planPolicy'
import type { PlanAction } from './planPolicy'

const PEOPLE = {
  'delegate of the team': testPerson('delegate', { teamId: TEAM }),
  'delegate of another team': testPerson('delegate', { teamId: OTHER_TEAM }),
  'mentor of the team': testPerson('mentor', { mentorTeamIds: [TEAM] }),
  'mentor of another team': testPerson('mentor', { mentorTeamIds: [OTHER_TEAM] }),
  admin: testPerson('admin'),
} as const

/**
 * What each person may do with the team's plan, by hand: r(ead), e(dit), c(omment), m(oderate),
 * or '-'; on a plan in any status but final, and on a final plan. Inactive people: nothing.
 */
const ALLOWED: Record<keyof typeof PEOPLE, { open: string; final: string }> = {
  'delegate of the team': { open: 'rec-', final: 'r-c-' },
  'delegate of another team': { open: '----', final: '----' },
  'mentor of the team': { open: 'r-c-', final: 'r-c-' },
  'mentor of another team': { open: '----', final: '----' },
  admin: { open: 'recm', final: 'recm' },
}

const ACTIONS: PlanAction[] = ['read', 'edit', 'comment', 'moderate']
const STATUSES: PlanStatus[] = ['draft', 'in_review', 'changes_requested', 'reviewed', 'final']

const planOf = (status: PlanStatus): PlanSummary => ({
  id: 'plan-1',
  title: 'Plan',
  status,
  team: { id: TEAM, country: 'Ghana', countryCode: 'GH' },
  createdAt: '2026-01-01T00:00:00.000Z',
  lastEditedAt: '2026-01-01T00:00:00.000Z',
})

const courseWith = (plan: PlanSummary) => ({
  findPlan: (id: string) => (id === plan.id ? plan : null),
})

/** What `authorizePlan` answers: the plan's id, or the refusal's class, code and message. */
const outcome = (user: User, plan: PlanSummary, planId: string, action: PlanAction) => {
  try {
    return authorizePlan(courseWith(plan), user, planId, action).id
  } catch (error) {
    if (error instanceof NotFound || error instanceof Forbidden) {
      return { refusal: error.name, code: error.code, message: error.message }
    }
    throw error
  }
}

describe('can', () => {
  it('allows each person, in every status, the actions of the table', () => {
    const mismatches: string[] = []
    for (const [who, user] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, User][]) {
      for (const status of STATUSES) {
        for (const active of [true, false]) {
          const plan = { team: { id: TEAM }, status }
          const got = ACTIONS.map((action) =>
            can({ ...user, active }, action, plan) ? action[0] : '-',
          ).join('')
          const want = active ? ALLOWED[who][status === 'final' ? 'final' : 'open'] : '----'
          if (got !== want) mismatches.push(`${who} (active: ${active}), ${status}: ${got}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('authorizePlan', () => {
  it('gives the plan to whoever may do the action', () => {
    expect(outcome(PEOPLE['delegate of the team'], planOf('draft'), 'plan-1', 'edit')).toBe(
      'plan-1',
    )
    expect(outcome(PEOPLE['mentor of the team'], planOf('final'), 'plan-1', 'comment')).toBe(
      'plan-1',
    )
  })

  it('answers an unknown plan with NotFound, before asking who it is', () => {
    for (const action of ACTIONS) {
      expect(outcome(PEOPLE['delegate of another team'], planOf('draft'), 'nope', action)).toEqual({
        refusal: 'NotFound',
        code: 'plan_not_found',
        message: 'There is no plan with that id',
      })
    }
  })

  it('tells whoever may not read the plan only that, whatever they asked', () => {
    for (const action of ACTIONS) {
      expect(outcome(PEOPLE['mentor of another team'], planOf('draft'), 'plan-1', action)).toEqual({
        refusal: 'Forbidden',
        code: 'forbidden',
        message: 'You may not open this plan',
      })
    }
  })

  it('tells a reader what they may not do', () => {
    const mentor = PEOPLE['mentor of the team']
    const delegate = PEOPLE['delegate of the team']
    expect(outcome(mentor, planOf('draft'), 'plan-1', 'edit')).toEqual({
      refusal: 'Forbidden',
      code: 'forbidden',
      message: 'You may not change this plan',
    })
    expect(outcome(delegate, planOf('final'), 'plan-1', 'edit')).toEqual({
      refusal: 'Forbidden',
      code: 'forbidden',
      message: 'You may not change this plan',
    })
    expect(outcome(delegate, planOf('draft'), 'plan-1', 'moderate')).toEqual({
      refusal: 'Forbidden',
      code: 'forbidden',
      message: "You may not delete other people's comments on this plan",
    })
  })
})
