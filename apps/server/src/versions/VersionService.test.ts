import { PLAN_BODY_FIELD } from '@coplan/schema'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { User } from '../accounts/UserStore'
import { Unavailable } from '../errors'
import { storedPlanState } from '../export/storedPlanState'
import type { Logger } from '../logger'
import { DEMO } from '../testing/demoAccounts'
import { domainRefusal } from '../testing/domainRefusal'
import { ManualClock } from '../testing/ManualClock'
import { inProcessWalks } from '../testing/inProcessWalks'
import { openMemoryRooms } from '../testing/openMemoryRooms'
import { AutoVersioner } from './AutoVersioner'
import type { PlanWalks } from './VersionService'
import { VersionService } from './VersionService'

/** The plan body's paragraphs, as text. */
const textOf = (doc: Y.Doc): string[] =>
  doc
    .getXmlFragment(PLAN_BODY_FIELD)
    .toArray()
    .flatMap((node) =>
      node instanceof Y.XmlElement && node.nodeName === 'paragraph'
        ? [node.toArray().join('')]
        : [],
    )

/**
 * The service alone, on the in-memory stores of the demo course, the walks done on this thread
 * (`walks` replaces any of them) and a recording logger. Versions over HTTP, taken by workers
 * and restored live among editors, are in versions.test.ts.
 */
const setup = async (walks: Partial<PlanWalks> = {}) => {
  const { course, users, activity, documents, registry, ...stores } = openMemoryRooms()
  const logged: { level: string; message: string; context: unknown }[] = []
  const record =
    (level: string) =>
    (message: string, context?: Record<string, unknown>): void => {
      logged.push({ level, message, context })
    }
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') }
  const flushed: string[] = []
  const versions = new VersionService({
    versions: stores.versions,
    registry,
    course,
    users,
    activity,
    flush: (planId) => {
      flushed.push(planId)
      registry.peek(planId)?.flush()
    },
    storedState: (planId) => storedPlanState(documents, planId),
    walks: { ...inProcessWalks(documents), ...walks },
    logger,
  })
  const plan = course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('No Ghana plan')
  const person = (email: string): User => {
    const user = users.findByEmail(email)
    if (!user) throw new Error(`No user ${email}`)
    return user
  }
  const room = await registry.open(plan.id)
  /** A paragraph typed by `email` into the open plan, not yet stored (as in a turn). */
  const type = (email: string, text: string) => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(text)])
    room.doc.transact(() => room.doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph]), {
      identity: { id: person(email).id },
    })
  }
  /** The plan as a version of it holds it. */
  const versionText = (versionId: string) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, stores.versions.state(versionId) ?? new Uint8Array())
    return textOf(doc)
  }
  const activityOf = (kind: 'version' | 'restore') =>
    activity.list({ planId: plan.id, kind, limit: 10 }).map((row) => JSON.parse(row.detail))
  return {
    versions,
    course,
    users,
    room,
    plan,
    person,
    type,
    versionText,
    activityOf,
    logged,
    flushed,
  }
}

describe('VersionService: saving and listing', () => {
  it('saves the plan as it is this turn, named, with who contributed and its figures', async () => {
    const { versions, course, plan, person, type, versionText, activityOf, flushed } = await setup()
    type(DEMO.ghanaDelegate, 'One stop portal.')
    type(DEMO.ghanaDelegate2, 'Two more words.')
    const saved = await versions.save(person(DEMO.ghanaDelegate), plan.id, '  Before review \n')

    expect(flushed).toEqual([plan.id])
    expect(saved).toMatchObject({
      planId: plan.id,
      name: 'Before review',
      label: { code: 'named', name: 'Before review' },
      kind: 'named',
      createdBy: { name: 'Ama Owusu' },
    })
    expect(saved.contributors.map((p) => p.name).sort()).toEqual(['Ama Owusu', 'Kwame Mensah'])
    expect(versionText(saved.id)).toEqual(
      expect.arrayContaining(['One stop portal.', 'Two more words.']),
    )
    const words = course.dashboard().get(plan.id)?.wordCount
    expect(words).toBeGreaterThanOrEqual(6)
    expect(saved.wordCount).toBe(words)
    expect(activityOf('version')).toEqual([
      {
        name: 'Before review',
        versionKind: 'named',
        label: { code: 'named', name: 'Before review' },
      },
    ])
  })

  it('names as contributors only those who edited since the last version, newest first in the list', async () => {
    const { versions, plan, person, type } = await setup()
    type(DEMO.ghanaDelegate, 'First.')
    const first = await versions.save(person(DEMO.admin), plan.id, 'First')
    // Edits are stamped to the millisecond: the next one must fall after the version.
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(first.createdAt)))
    type(DEMO.ghanaDelegate2, 'Second.')
    const second = await versions.save(person(DEMO.admin), plan.id, 'Second')
    expect(first.contributors.map((p) => p.name)).toEqual(['Ama Owusu'])
    expect(second.contributors.map((p) => p.name)).toEqual(['Kwame Mensah'])
    expect(versions.list(person(DEMO.mentorKim), plan.id).map((v) => v.name)).toEqual([
      'Second',
      'First',
    ])
  })

  it('refuses empty and overlong names, and people who may not edit the plan', async () => {
    const { versions, plan, person } = await setup()
    const delegate = person(DEMO.ghanaDelegate)
    expect(await domainRefusal(versions.save(delegate, plan.id, ' \t '))).toEqual({
      kind: 'invalid_input',
      code: 'empty_name',
      message: 'A version needs a name',
    })
    expect(await domainRefusal(versions.save(delegate, plan.id, 'x'.repeat(101)))).toEqual({
      kind: 'invalid_input',
      code: 'name_too_long',
      message: 'A version name may have at most 100 characters',
    })
    expect(await domainRefusal(versions.save(person(DEMO.mentorKim), plan.id, 'Mine'))).toEqual({
      kind: 'forbidden',
      code: 'forbidden',
      message: 'You may not change this plan',
    })
    for (const outsider of [DEMO.peruDelegate, DEMO.mentorLee]) {
      expect(await domainRefusal(versions.save(person(outsider), plan.id, 'Mine'))).toEqual({
        kind: 'forbidden',
        code: 'forbidden',
        message: 'You may not open this plan',
      })
      expect(await domainRefusal(() => versions.list(person(outsider), plan.id))).toMatchObject({
        code: 'forbidden',
      })
    }
    expect(await domainRefusal(() => versions.list(delegate, 'no-such-plan'))).toEqual({
      kind: 'not_found',
      code: 'plan_not_found',
      message: 'There is no plan with that id',
    })
    await versions.save(delegate, plan.id, 'x'.repeat(100))
    expect(versions.list(delegate, plan.id)).toHaveLength(1)
  })

  it('takes the version all the same when its figures cannot be counted, keeping the last count', async () => {
    const failing = () => Promise.reject(new Error('Worker crashed'))
    const { versions, course, plan, person, type, versionText, logged } = await setup({
      versionState: failing,
    })
    course.updateStats(plan.id, { words: 42, sectionsFilled: 1 })
    type(DEMO.ghanaDelegate, 'Kept anyway.')
    const saved = await versions.save(person(DEMO.ghanaDelegate), plan.id, 'Kept')
    expect(saved.wordCount).toBe(42)
    expect(versionText(saved.id)).toContain('Kept anyway.')
    expect(logged).toEqual([
      {
        level: 'error',
        message: 'Counting the words and sections of a plan failed',
        context: { plan: plan.id, error: 'Worker crashed' },
      },
    ])
  })

  it('refreshes the dashboard figures, logging a failure (quietly while closing) rather than throwing', async () => {
    let failure: Error | null = null
    const { versions, course, plan, type, logged } = await setup({
      stats: async () => {
        if (failure) throw failure
        return { words: 7, sectionsFilled: 2, sectionsTotal: 5 }
      },
    })
    type(DEMO.ghanaDelegate, 'Counted.')
    await versions.refreshStats(plan.id)
    expect(course.dashboard().get(plan.id)?.wordCount).toBe(7)
    failure = new Error('Worker crashed')
    await versions.refreshStats(plan.id)
    failure = new Unavailable('shutting_down', 'The server is shutting down')
    await versions.refreshStats(plan.id)
    expect(course.dashboard().get(plan.id)?.wordCount).toBe(7)
    expect(logged.map(({ level, context }) => ({ level, context }))).toEqual([
      { level: 'error', context: { plan: plan.id, error: 'Worker crashed' } },
      { level: 'info', context: { plan: plan.id, error: 'The server is shutting down' } },
    ])
  })
})

describe('VersionService: automatic versions', () => {
  it('are taken when editing pauses, at most once per interval, by no one', async () => {
    const { versions, plan, person, type } = await setup()
    const clock = new ManualClock()
    let taken = 0
    const auto = new AutoVersioner({
      clock,
      quietMs: 60_000,
      minIntervalMs: 600_000,
      statsQuietMs: 1_000,
      // As the server wires it (createServer.ts); counted when asked, as versions are stored later.
      snapshot: (planId) => {
        taken++
        return versions.snapshot(planId, { label: { code: 'automatic' }, createdBy: null })
      },
      refreshStats: (planId) => versions.refreshStats(planId),
      onError: (planId, task, error) => {
        throw new Error(`${task} of ${planId} failed: ${String(error)}`)
      },
    })
    const listed = () => versions.list(person(DEMO.admin), plan.id)
    type(DEMO.ghanaDelegate, 'First draft.')
    auto.noteEdit(plan.id)
    clock.advance(59_999)
    expect(taken).toBe(0)
    clock.advance(1)
    expect(taken).toBe(1)
    await vi.waitFor(() =>
      expect(listed()).toMatchObject([
        {
          label: { code: 'automatic' },
          kind: 'auto',
          createdBy: null,
          contributors: [{ name: 'Ama Owusu' }],
        },
      ]),
    )

    auto.noteEdit(plan.id)
    clock.advance(60_000)
    clock.advance(539_999)
    expect(taken).toBe(1)
    clock.advance(1)
    expect(taken).toBe(2)
    await vi.waitFor(() => expect(listed()).toHaveLength(2))
    auto.stop()
  })
})

describe('VersionService: restoring', () => {
  /** A restore the walks would compute: here, a paragraph saying which version it restores. */
  const restoring = (room: { doc: Y.Doc }) => async (_planId: string, versionId: string) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc))
    const before = Y.encodeStateVector(doc)
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(`Restored ${versionId}`)])
    doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
    return Y.encodeStateAsUpdate(doc, before)
  }

  it('keeps the plan before, applies the restore as one change by the restorer, and keeps it after', async () => {
    let restoreUpdate: PlanWalks['restoreUpdate'] = () => Promise.reject(new Error('unset'))
    const { versions, room, plan, person, type, versionText, activityOf } = await setup({
      restoreUpdate: (planId, versionId) => restoreUpdate(planId, versionId),
    })
    restoreUpdate = restoring(room)
    const admin = person(DEMO.admin)
    type(DEMO.ghanaDelegate, 'Old text.')
    const old = await versions.save(admin, plan.id, 'Old')
    type(DEMO.ghanaDelegate, 'Unsaved text.')

    const restored = await versions.restore(admin, plan.id, old.id)

    expect(textOf(room.doc)).toContain(`Restored ${old.id}`)
    expect(restored).toMatchObject({
      label: { code: 'restored', of: { code: 'named', name: 'Old' } },
      createdBy: { id: admin.id },
    })
    const [after, before] = versions.list(admin, plan.id)
    expect(after?.id).toBe(restored.id)
    expect(before?.label).toEqual({ code: 'beforeRestore', of: { code: 'named', name: 'Old' } })
    expect(versionText(before?.id ?? '')).toContain('Unsaved text.')
    expect(versionText(before?.id ?? '')).not.toContain(`Restored ${old.id}`)
    expect(versionText(restored.id)).toContain(`Restored ${old.id}`)
    expect(activityOf('restore')).toEqual([
      { versionId: old.id, name: 'Old', label: { code: 'named', name: 'Old' } },
    ])
  })

  it('changes nothing and takes no version when the restore cannot be made', async () => {
    const { versions, room, plan, person, type } = await setup({
      restoreUpdate: () => Promise.reject(new Error('Worker crashed')),
    })
    const admin = person(DEMO.admin)
    type(DEMO.ghanaDelegate, 'Text.')
    const old = await versions.save(admin, plan.id, 'Old')
    const text = textOf(room.doc)
    await expect(versions.restore(admin, plan.id, old.id)).rejects.toThrow('Worker crashed')
    expect(textOf(room.doc)).toEqual(text)
    expect(versions.list(admin, plan.id).map((v) => v.id)).toEqual([old.id])
  })

  it('refuses people who may not edit, and versions of another plan or none', async () => {
    const { versions, course, plan, person } = await setup()
    const admin = person(DEMO.admin)
    const old = await versions.save(admin, plan.id, 'Old')
    expect(await domainRefusal(versions.restore(person(DEMO.mentorKim), plan.id, old.id))).toEqual({
      kind: 'forbidden',
      code: 'forbidden',
      message: 'You may not change this plan',
    })
    const otherPlan = course.listPlans().find((p) => p.id !== plan.id)?.id ?? ''
    for (const [planId, versionId] of [
      [otherPlan, old.id],
      [plan.id, 'no-such-version'],
    ] as const) {
      expect(await domainRefusal(versions.restore(admin, planId, versionId))).toEqual({
        kind: 'not_found',
        code: 'version_not_found',
        message: 'There is no such version of this plan',
      })
    }
    expect(versions.list(admin, plan.id)).toHaveLength(1)
  })
})
