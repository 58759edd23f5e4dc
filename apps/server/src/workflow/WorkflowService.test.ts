import type { PlanStatus } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import type { User } from '../accounts/UserStore'
import { storedPlanState } from '../export/storedPlanState'
import { createQuietLogger } from '../logger'
import { DEMO } from '../testing/demoAccounts'
import { domainRefusal } from '../testing/domainRefusal'
import { inProcessWalks } from '../testing/inProcessWalks'
import { openMemoryRooms } from '../testing/openMemoryRooms'
import { VersionService } from '../versions/VersionService'
import { WorkflowService } from './WorkflowService'

/**
 * The service alone, on the in-memory stores of the demo course (versions walked on this
 * thread) and a recording live-event sink, so that what a move tells whom can be read back.
 * The role × status matrix over HTTP, on a real server and database, is in workflow.test.ts.
 */
const setup = async () => {
  const { course, users, activity, notifications, documents, registry, ...stores } =
    openMemoryRooms()
  const versions = new VersionService({
    versions: stores.versions,
    registry,
    course,
    users,
    activity,
    flush: (planId) => registry.peek(planId)?.flush(),
    storedState: (planId) => storedPlanState(documents, planId),
    walks: inProcessWalks(documents),
    logger: createQuietLogger(),
  })
  // Named as on a server, so the tests read the same on either.
  const server = { course, users, versions, activity }
  const heard = { notified: [] as string[][], changed: [] as string[], accessChanges: 0 }
  const workflow = new WorkflowService({
    course: server.course,
    users: server.users,
    versions: server.versions,
    activity: server.activity,
    notifications,
    live: {
      notifications: (userIds) => heard.notified.push([...userIds]),
      planChanged: (planId) => heard.changed.push(planId),
    },
    onAccessChanged: () => heard.accessChanges++,
  })
  const person = (email: string): User => {
    const user = server.users.findByEmail(email)
    if (!user) throw new Error(`No user ${email}`)
    return user
  }
  const planOf = (countryCode: string, status: PlanStatus) => {
    const plan = server.course.listPlans().find((p) => p.team.countryCode === countryCode)
    if (!plan) throw new Error(`No plan of ${countryCode}`)
    server.course.setStatus(plan.id, status)
    return plan.id
  }
  const emailOf = (userId: string) => server.users.find(userId)?.email
  /** Everyone with a status notification about `planId`, by email. */
  const notifiedAbout = (planId: string) =>
    server.users
      .list()
      .filter((user) =>
        notifications
          .listFor(user.id, 100)
          .some((row) => row.kind === 'status' && row.plan_id === planId),
      )
      .map((user) => user.email)
      .sort()
  const statusEntries = (planId: string) =>
    server.activity.list({ planId, kind: 'status', limit: 10 }).map((row) => ({
      actor: emailOf(row.actor_id ?? ''),
      detail: JSON.parse(row.detail) as unknown,
    }))
  return {
    server,
    workflow,
    heard,
    notifications,
    person,
    planOf,
    emailOf,
    notifiedAbout,
    statusEntries,
  }
}

describe('WorkflowService', () => {
  it('tells the team and its mentors of a delegate’s move, but not the mover, admins or other teams', async () => {
    const { server, workflow, heard, person, planOf, emailOf, notifiedAbout } = await setup()
    const plan = planOf('GH', 'draft')
    const gone = server.users.create({
      email: 'former@ghana.example',
      name: 'Former Delegate',
      role: 'delegate',
      teamId: server.course.findPlan(plan)?.team.id ?? null,
    })
    server.users.update(gone.id, { active: false })

    const moved = await workflow.transition(person(DEMO.ghanaDelegate), plan, 'in_review')

    expect(moved).toMatchObject({ id: plan, status: 'in_review' })
    expect(server.course.findPlan(plan)?.status).toBe('in_review')
    const told = [DEMO.ghanaDelegate2, DEMO.mentorKim].sort()
    expect(notifiedAbout(plan)).toEqual(told)
    expect(heard.notified.map((ids) => ids.map(emailOf).sort())).toEqual([told])
    expect(heard.changed).toEqual([plan])
    expect(heard.accessChanges).toBe(1)
  })

  it('tells the delegates of the team of a mentor’s move, not the mentor', async () => {
    const { workflow, heard, person, planOf, emailOf, notifiedAbout } = await setup()
    const plan = planOf('GH', 'in_review')
    await workflow.transition(person(DEMO.mentorKim), plan, 'changes_requested', 'See section 2.')
    const told = [DEMO.ghanaDelegate, DEMO.ghanaDelegate2].sort()
    expect(notifiedAbout(plan)).toEqual(told)
    expect(heard.notified.map((ids) => ids.map(emailOf).sort())).toEqual([told])
  })

  it('tells the team and its mentor of an admin’s move, and no admin', async () => {
    const { workflow, heard, person, planOf, emailOf, notifiedAbout } = await setup()
    const plan = planOf('PE', 'reviewed')
    await workflow.transition(person(DEMO.admin), plan, 'final')
    const told = [DEMO.peruDelegate, 'mateo.rojas@peru.example', DEMO.mentorKim].sort()
    expect(notifiedAbout(plan)).toEqual(told)
    expect(heard.notified.map((ids) => ids.map(emailOf).sort())).toEqual([told])
    expect(heard.changed).toEqual([plan])
  })

  it('records the move, notifies with its details and takes a version labelled with the new status', async () => {
    const { server, workflow, notifications, person, planOf, statusEntries } = await setup()
    const plan = planOf('GH', 'in_review')
    const mentor = person(DEMO.mentorKim)
    await workflow.transition(mentor, plan, 'reviewed', '  Well argued.\n')

    const detail = { from: 'in_review', to: 'reviewed', message: 'Well argued.' }
    expect(statusEntries(plan)).toEqual([{ actor: DEMO.mentorKim, detail }])
    const [notification] = notifications.listFor(person(DEMO.ghanaDelegate).id, 10)
    expect(notification).toMatchObject({ kind: 'status', plan_id: plan, actor_id: mentor.id })
    expect(JSON.parse(notification?.detail ?? 'null')).toEqual(detail)
    const versions = server.versions.list(person(DEMO.admin), plan)
    expect(versions.filter((version) => version.kind === 'status')).toMatchObject([
      {
        label: { code: 'status', status: 'reviewed' },
        createdBy: { id: mentor.id, name: 'Kim Min-jun' },
      },
    ])
  })

  it('refuses an unknown plan (404) and people who cannot read the plan (403), changing nothing', async () => {
    const { server, workflow, heard, person, planOf, notifiedAbout } = await setup()
    const plan = planOf('GH', 'draft')
    expect(
      await domainRefusal(workflow.transition(person(DEMO.admin), 'no-such-plan', 'in_review')),
    ).toEqual({
      kind: 'not_found',
      code: 'plan_not_found',
      message: 'There is no plan with that id',
    })
    const ghanaDelegate = person(DEMO.ghanaDelegate)
    server.users.update(ghanaDelegate.id, { active: false })
    const outsiders = [
      person(DEMO.peruDelegate),
      person(DEMO.mentorLee),
      person(DEMO.ghanaDelegate),
    ]
    for (const outsider of outsiders) {
      expect(await domainRefusal(workflow.transition(outsider, plan, 'in_review'))).toEqual({
        kind: 'forbidden',
        code: 'forbidden',
        message: 'You may not open this plan',
      })
    }
    server.course.setStatus(plan, 'in_review')
    expect(
      await domainRefusal(workflow.transition(person(DEMO.mentorLee), plan, 'reviewed')),
    ).toEqual({
      kind: 'forbidden',
      code: 'forbidden',
      message: 'You may not open this plan',
    })
    expect(server.course.findPlan(plan)?.status).toBe('in_review')
    expect(notifiedAbout(plan)).toEqual([])
    expect(heard).toEqual({ notified: [], changed: [], accessChanges: 0 })
  })

  it('refuses a status no move leads to', async () => {
    const { workflow, person, planOf } = await setup()
    const plan = planOf('GH', 'draft')
    const archived = 'archived' as PlanStatus
    expect(await domainRefusal(workflow.transition(person(DEMO.admin), plan, archived))).toEqual({
      kind: 'invalid_input',
      code: 'unknown_status',
      message: 'A plan cannot be moved to archived',
    })
  })

  it.each([
    [DEMO.mentorKim, 'reviewed', 'final', 'A mentor cannot move a plan to Final'],
    [DEMO.mentorKim, 'draft', 'in_review', 'A mentor cannot move a plan to In review'],
    [DEMO.ghanaDelegate, 'in_review', 'reviewed', 'A delegate cannot move a plan to Reviewed'],
    [DEMO.ghanaDelegate, 'final', 'draft', 'A delegate cannot move a plan to Draft'],
    [
      DEMO.ghanaDelegate,
      'in_review',
      'changes_requested',
      'A delegate cannot move a plan to Changes requested',
    ],
  ] as const)('refuses %s a move from %s to %s: “%s”', async (email, from, to, message) => {
    const { server, workflow, person, planOf } = await setup()
    const plan = planOf('GH', from)
    expect(await domainRefusal(workflow.transition(person(email), plan, to, 'Please.'))).toEqual({
      kind: 'forbidden',
      code: 'transition_forbidden',
      message,
    })
    expect(server.course.findPlan(plan)?.status).toBe(from)
  })

  it.each([
    [DEMO.mentorKim, 'draft', 'reviewed', 'This plan is Draft; it cannot be moved to Reviewed now'],
    [
      DEMO.admin,
      'changes_requested',
      'final',
      'This plan is Changes requested; it cannot be moved to Final now',
    ],
    [
      DEMO.ghanaDelegate,
      'final',
      'in_review',
      'This plan is Final; it cannot be moved to In review now',
    ],
  ] as const)('refuses %s a move from %s to %s: “%s” (409)', async (email, from, to, message) => {
    const { server, workflow, person, planOf } = await setup()
    const plan = planOf('GH', from)
    expect(await domainRefusal(workflow.transition(person(email), plan, to))).toEqual({
      kind: 'conflict',
      code: 'wrong_status',
      message,
    })
    expect(server.course.findPlan(plan)?.status).toBe(from)
  })

  it('reopens a final plan only with a reason, blank space being none', async () => {
    const { server, workflow, person, planOf, statusEntries } = await setup()
    const plan = planOf('GH', 'final')
    const admin = person(DEMO.admin)
    for (const message of [undefined, '', ' \n\t ']) {
      expect(await domainRefusal(workflow.transition(admin, plan, 'draft', message))).toEqual({
        kind: 'invalid_input',
        code: 'reason_required',
        message: 'Give a reason for reopening the plan',
      })
    }
    expect(server.course.findPlan(plan)?.status).toBe('final')
    await workflow.transition(admin, plan, 'draft', ' New budget. ')
    expect(statusEntries(plan)).toEqual([
      { actor: DEMO.admin, detail: { from: 'final', to: 'draft', message: 'New budget.' } },
    ])
  })

  it('takes a message of up to 2000 characters, once trimmed', async () => {
    const { server, workflow, person, planOf, statusEntries } = await setup()
    const plan = planOf('GH', 'draft')
    const delegate = person(DEMO.ghanaDelegate)
    expect(
      await domainRefusal(workflow.transition(delegate, plan, 'in_review', 'x'.repeat(2001))),
    ).toEqual({
      kind: 'invalid_input',
      code: 'message_too_long',
      message: 'A message may have at most 2000 characters',
    })
    expect(server.course.findPlan(plan)?.status).toBe('draft')
    await workflow.transition(delegate, plan, 'in_review', `  ${'x'.repeat(2000)}\n`)
    expect(statusEntries(plan)).toEqual([
      {
        actor: DEMO.ghanaDelegate,
        detail: { from: 'draft', to: 'in_review', message: 'x'.repeat(2000) },
      },
    ])
  })
})
