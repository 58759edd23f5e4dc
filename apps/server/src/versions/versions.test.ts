import type { VersionView } from '@coplan/protocol'
import { describe, expect, it, vi } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { ManualClock } from '../testing/ManualClock'
import { startTestServer } from '../testing/startTestServer'

const setUp = async (overrides: Parameters<typeof startTestServer>[0] = {}) => {
  const test = await startTestServer(overrides)
  const plan = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('no Ghana plan')
  const api = async (email: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${test.url}/api/plans/${plan.id}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${test.tokenFor(email)}`,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const versions = async () =>
    (await api(DEMO.admin, 'GET', '/versions')).body.versions as VersionView[]
  return { ...test, plan, api, versions }
}

describe('automatic versions', () => {
  it('are taken when editing pauses, at most once per interval, naming who contributed', async () => {
    const clock = new ManualClock()
    const { plan, collabUrl, tokenFor, versions, server } = await setUp({
      clock,
      versionQuietMs: 60_000,
      versionMinIntervalMs: 600_000,
    })
    const ama = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate))
    await ama.synced
    // Each edit must be stored (which starts the quiet-period timer) before the clock moves.
    const storedUpdates = (): number =>
      (
        server.database
          .prepare('SELECT count(*) AS n FROM plan_updates WHERE plan_id = ?')
          .get(plan.id) as { n: number }
      ).n
    const stored = async (text: string) => {
      const before = storedUpdates()
      ama.appendParagraph(text)
      await vi.waitFor(() => expect(storedUpdates()).toBeGreaterThan(before))
    }
    await stored('First draft of the background.')
    clock.advance(59_999)
    expect(await versions()).toEqual([])
    clock.advance(1)
    // The first version starts the worker that counts its words.
    await vi.waitFor(
      async () =>
        expect(await versions()).toMatchObject([
          { kind: 'auto', contributors: [{ name: 'Ama Owusu' }] },
        ]),
      { timeout: 10_000 },
    )

    await stored('More, soon after.')
    // The quiet period's timer decides within `advance` whether to take a version.
    const snapshot = vi.spyOn(server.versions, 'snapshot')
    clock.advance(60_000)
    expect(snapshot).not.toHaveBeenCalled()
    clock.advance(540_000)
    expect(snapshot).toHaveBeenCalledTimes(1)
    await vi.waitFor(async () => expect(await versions()).toHaveLength(2), { timeout: 10_000 })
  })
})

describe('named versions, opening and restoring', () => {
  it('saves a named version for people who may edit, refusing bad names and readers', async () => {
    const { api, versions } = await setUp()
    expect(
      (await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: 'Before budget rework' })).status,
    ).toBe(201)
    expect((await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: '   ' })).status).toBe(400)
    expect(
      (await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: 'x'.repeat(101) })).status,
    ).toBe(400)
    expect((await api(DEMO.mentorKim, 'POST', '/versions', { name: 'Mentor copy' })).status).toBe(
      403,
    )
    expect((await api(DEMO.peruDelegate, 'POST', '/versions', { name: 'Peek' })).status).toBe(403)
    expect(await versions()).toMatchObject([
      { name: 'Before budget rework', kind: 'named', createdBy: { name: 'Ama Owusu' } },
    ])
  })

  it('restores a version live while two others edit; they converge on it plus their later edits', async () => {
    const { plan, api, collabUrl, tokenFor, versions, server } = await setUp()
    const ama = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate))
    const kwame = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate2))
    await Promise.all([ama.synced, kwame.synced])
    ama.appendParagraph('Budget: 40,000 USD.')
    await vi.waitFor(() => expect(kwame.text()).toContain('Budget: 40,000 USD.'))
    const saved = await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: 'Agreed budget' })
    const versionId = (saved.body.version as VersionView).id

    ama.appendParagraph('Budget: 90,000 USD, unrealistic.')
    kwame.appendParagraph('Also buy a helicopter.')
    await vi.waitFor(() => expect(ama.text()).toContain('helicopter'))
    const opened = await api(DEMO.mentorKim, 'GET', `/versions/${versionId}`)
    expect(JSON.stringify(opened.body.content)).toContain('Budget: 40,000 USD.')
    expect(JSON.stringify(opened.body.content)).not.toContain('helicopter')

    const restored = await api(DEMO.admin, 'POST', `/versions/${versionId}/restore`)
    expect(restored.status).toBe(200)
    for (const client of [ama, kwame]) {
      await vi.waitFor(() => {
        expect(client.text()).toContain('Budget: 40,000 USD.')
        expect(client.text()).not.toContain('helicopter')
        expect(client.text()).not.toContain('unrealistic')
      })
    }
    kwame.appendParagraph('Written after the restore.')
    await vi.waitFor(() => expect(ama.text()).toContain('Written after the restore.'))
    expect(ama.text()).toBe(kwame.text())
    expect(ama.provider.wsconnected && kwame.provider.wsconnected).toBe(true)

    const history = await versions()
    expect(history.map((v) => v.name).slice(0, 3)).toEqual([
      'Restored “Agreed budget”',
      'Before restoring “Agreed budget”',
      'Agreed budget',
    ])
    const agreed = { code: 'named', name: 'Agreed budget' }
    expect(history.map((v) => v.label).slice(0, 3)).toEqual([
      { code: 'restored', of: agreed },
      { code: 'beforeRestore', of: agreed },
      agreed,
    ])
    // Undo the restore by restoring the version taken just before it.
    const before = history[1]?.id
    expect((await api(DEMO.ghanaDelegate, 'POST', `/versions/${before}/restore`)).status).toBe(200)
    await vi.waitFor(() => expect(ama.text()).toContain('helicopter'))
    expect((await versions())[0]?.label).toEqual({
      code: 'restored',
      of: { code: 'beforeRestore', of: agreed },
    })
    expect(server.registry.loadedCount).toBe(1)
  })

  it('reads versions stored before labels by their English names, and restores them', async () => {
    const { api, versions, server } = await setUp()
    const saved = await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: 'Finalized' })
    const id = (saved.body.version as VersionView).id
    // As a server before labels stored a status change's version.
    server.database
      .prepare("UPDATE plan_versions SET label = NULL, kind = 'status' WHERE id = ?")
      .run(id)
    expect((await versions()).find((v) => v.id === id)?.label).toEqual({
      code: 'status',
      status: 'final',
    })
    expect((await api(DEMO.ghanaDelegate, 'POST', `/versions/${id}/restore`)).status).toBe(200)
    expect((await versions())[0]).toMatchObject({
      name: 'Restored “Finalized”',
      kind: 'restore',
      label: { code: 'restored', of: { code: 'status', status: 'final' } },
    })
  })

  it('refuses restoring a version of another plan, or by someone who may not edit', async () => {
    const { api, server, tokenFor, url } = await setUp()
    const peru = server.course.listPlans().find((p) => p.team.countryCode === 'PE')
    const peruVersion = await fetch(`${url}/api/plans/${peru?.id}/versions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokenFor(DEMO.admin)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Peru v1' }),
    })
    const { version } = (await peruVersion.json()) as { version: VersionView }
    const crossPlan = await api(DEMO.admin, 'POST', `/versions/${version.id}/restore`)
    expect(crossPlan.status).toBe(404)
    const own = await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: 'Mine' })
    const ownId = (own.body.version as VersionView).id
    expect((await api(DEMO.mentorKim, 'POST', `/versions/${ownId}/restore`)).status).toBe(403)
  })
})

describe('the course dashboard and activity', () => {
  it('lists status, last editor, contributors, word count and filled sections per plan', async () => {
    const { plan, collabUrl, tokenFor, url, api } = await setUp({ statsQuietMs: 20 })
    const ama = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate))
    await ama.synced
    ama.appendParagraph('Five more words written here.')
    await api(DEMO.ghanaDelegate, 'POST', '/status', { to: 'in_review' })
    const list = async () => {
      const response = await fetch(`${url}/api/plans`, {
        headers: { authorization: `Bearer ${tokenFor(DEMO.mentorKim)}` },
      })
      return ((await response.json()) as { plans: Record<string, unknown>[] }).plans.find(
        (p) => p.id === plan.id,
      )
    }
    await vi.waitFor(async () =>
      expect(await list()).toMatchObject({
        status: 'in_review',
        lastEditedBy: { name: 'Ama Owusu' },
        contributors: [{ name: 'Ama Owusu' }],
        sectionsTotal: 12,
      }),
    )
    const words = ((await list()) as { wordCount: number }).wordCount
    expect(words).toBeGreaterThan(50)
  })

  it('keeps a per-plan log and a course-wide log that only admins see', async () => {
    const { api, server, url, tokenFor } = await setUp()
    await api(DEMO.ghanaDelegate, 'POST', '/status', { to: 'in_review' })
    await api(DEMO.ghanaDelegate, 'POST', '/versions', { name: 'Snapshot' })
    const ama = server.users.findByEmail(DEMO.ghanaDelegate2)
    await fetch(`${url}/api/admin/users/${ama?.id}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${tokenFor(DEMO.admin)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ active: false }),
    })
    const activity = (await api(DEMO.mentorKim, 'GET', '/activity')).body.activity as {
      kind: string
      detail: Record<string, unknown>
    }[]
    expect(activity.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['status', 'version', 'membership']),
    )
    // The web words a membership change from its code and role, in the person's language.
    expect(activity.find((a) => a.kind === 'membership')?.detail).toMatchObject({
      person: ama?.name,
      code: 'deactivated',
      role: 'delegate',
    })
    const courseWide = (token: string, query = '') =>
      fetch(`${url}/api/activity${query}`, { headers: { authorization: `Bearer ${token}` } })
    expect((await courseWide(tokenFor(DEMO.mentorKim))).status).toBe(403)
    const onlyStatus = (await (await courseWide(tokenFor(DEMO.admin), '?kind=status')).json()) as {
      activity: { kind: string }[]
    }
    expect(onlyStatus.activity.map((a) => a.kind)).toEqual(['status'])
    expect((await courseWide(tokenFor(DEMO.admin), '?kind=bogus')).status).toBe(400)
  })
})
