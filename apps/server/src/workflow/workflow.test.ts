import type { PlanStatus } from '@coplan/protocol'
import { PLAN_STATUSES } from '@coplan/protocol'
import { describe, expect, it, vi } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { roundTrip } from '../testing/roundTrip'
import { startTestServer } from '../testing/startTestServer'
import { MessageType, readSessionNotice } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'

const PEOPLE = {
  'delegate of the team': DEMO.ghanaDelegate,
  'mentor of the team': DEMO.mentorKim,
  admin: DEMO.admin,
  'delegate of another team': DEMO.peruDelegate,
  'mentor of other teams': DEMO.mentorLee,
} as const

/**
 * The moves the course allows, written out by hand (not read from `PLAN_MOVES`, the table under
 * test): role, from, to. Admins make every move; reopening a final plan is theirs alone.
 */
const ALLOWED = [
  ['delegate', 'draft', 'in_review'],
  ['delegate', 'changes_requested', 'in_review'],
  ['mentor', 'in_review', 'changes_requested'],
  ['mentor', 'in_review', 'reviewed'],
  ['admin', 'draft', 'in_review'],
  ['admin', 'changes_requested', 'in_review'],
  ['admin', 'in_review', 'changes_requested'],
  ['admin', 'in_review', 'reviewed'],
  ['admin', 'reviewed', 'final'],
  ['admin', 'final', 'draft'],
] as const

/** What should happen: 403 for people outside the team or roles that never make the move. */
const expected = (who: keyof typeof PEOPLE, from: PlanStatus, to: PlanStatus): number => {
  if (who === 'delegate of another team' || who === 'mentor of other teams') return 403
  const role = who === 'admin' ? 'admin' : who.startsWith('delegate') ? 'delegate' : 'mentor'
  const moves = ALLOWED.filter(([by, , target]) => by === role && target === to)
  if (moves.length === 0) return 403
  return moves.some(([, source]) => source === from) ? 200 : 409
}

describe('the plan workflow, enforced over the API', () => {
  it('allows exactly the transitions of the rules, per role and status', async () => {
    const { server, url, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no plan')
    const tokens = Object.fromEntries(
      Object.entries(PEOPLE).map(([who, email]) => [who, tokenFor(email)]),
    )
    const outcomes: string[] = []
    const mismatches: string[] = []
    for (const who of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]) {
      for (const from of PLAN_STATUSES) {
        for (const to of PLAN_STATUSES) {
          server.course.setStatus(plan.id, from)
          const response = await fetch(`${url}/api/plans/${plan.id}/status`, {
            method: 'POST',
            headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
            body: JSON.stringify({ to, message: 'Because the budget changed.' }),
          })
          const want = expected(who, from, to)
          const after = server.course.findPlan(plan.id)?.status
          if (response.status !== want)
            mismatches.push(`${who}: ${from} → ${to} gave ${response.status}, want ${want}`)
          if ((after === to && from !== to) !== (want === 200))
            mismatches.push(`${who}: ${from} → ${to} left ${after}`)
          if (response.status === 200) outcomes.push(`${who}: ${from} → ${to}`)
        }
      }
    }
    expect(mismatches).toEqual([])
    expect(outcomes).toContain('delegate of the team: draft → in_review')
    expect(outcomes).toContain('mentor of the team: in_review → changes_requested')
    expect(outcomes).toContain('admin: reviewed → final')
    expect(outcomes).not.toContain('delegate of the team: reviewed → final')
  })

  it('requires a reason to reopen a final plan, and records who, when and why', async () => {
    const { server, url, tokenFor } = await startTestServer()
    const plan = server.course.listPlans()[0]
    server.course.setStatus(plan?.id ?? '', 'final')
    const call = (body: object) =>
      fetch(`${url}/api/plans/${plan?.id}/status`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokenFor(DEMO.admin)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      })
    const refused = await call({ to: 'draft' })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'reason_required',
    )
    expect(
      (await call({ to: 'draft', message: 'The ministry asked for a new budget.' })).status,
    ).toBe(200)
    const activity = await fetch(`${url}/api/plans/${plan?.id}/activity?kind=status`, {
      headers: { authorization: `Bearer ${tokenFor(DEMO.admin)}` },
    })
    expect(await activity.json()).toMatchObject({
      activity: [
        {
          kind: 'status',
          actor: { name: 'Park Ji-woo' },
          detail: { from: 'final', to: 'draft', message: 'The ministry asked for a new budget.' },
        },
      ],
    })
  })
})

describe('final means locked', () => {
  const noticesOf = (messages: Uint8Array[]) =>
    messages.flatMap((message) => {
      const decoder = decoding.createDecoder(message)
      return decoding.readVarUint(decoder) === MessageType.SessionNotice
        ? [readSessionNotice(decoder)]
        : []
    })

  it('turns open and new delegate connections read-only, drops their writes, and lifts it on reopening', async () => {
    const { server, url, collabUrl, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no plan')
    const delegate = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate))
    const admin = connectClient(collabUrl, plan.id, tokenFor(DEMO.admin))
    const open = await openRawSocket(
      `${collabUrl}/${plan.id}?coplan=1&token=${tokenFor(DEMO.ghanaDelegate2)}`,
    )
    await Promise.all([delegate.synced, admin.synced])
    server.course.setStatus(plan.id, 'reviewed')
    const finalize = await fetch(`${url}/api/plans/${plan.id}/status`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokenFor(DEMO.admin)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ to: 'final' }),
    })
    expect(finalize.status).toBe(200)
    await vi.waitFor(() =>
      expect(noticesOf(open.messages)).toEqual([
        { canWrite: true },
        { canWrite: false, code: 'final', reason: expect.stringMatching(/final/) },
      ]),
    )

    delegate.appendParagraph('Sneaked in after the final lock.')
    admin.appendParagraph('An admin correction.')
    await vi.waitFor(() => expect(delegate.text()).toContain('An admin correction.'))
    // Once the server has answered the delegate, it has dealt with the delegate's write; had it
    // taken it, the admin's own sync step 2 would then bring it.
    await roundTrip(delegate)
    await roundTrip(admin)
    expect(admin.text()).not.toContain('Sneaked in')

    const late = await openRawSocket(
      `${collabUrl}/${plan.id}?coplan=1&token=${tokenFor(DEMO.ghanaDelegate2)}`,
    )
    await vi.waitFor(() =>
      expect(noticesOf(late.messages)).toEqual([
        { canWrite: false, code: 'final', reason: expect.stringMatching(/final/) },
      ]),
    )

    const reopen = await fetch(`${url}/api/plans/${plan.id}/status`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokenFor(DEMO.admin)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ to: 'draft', message: 'One more round.' }),
    })
    expect(reopen.status).toBe(200)
    await vi.waitFor(() => expect(noticesOf(open.messages).at(-1)).toEqual({ canWrite: true }))
  })
})
