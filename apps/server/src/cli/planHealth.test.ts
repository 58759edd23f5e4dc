import { CloseCode } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { PlanHealth } from './planHealth'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { runAdminCli } from '../testing/runAdminCli'
import { startTestServer } from '../testing/startTestServer'

const paragraph = (text: string): Y.XmlElement => {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

describe('npm run admin -- check-plans and repair-plan', () => {
  it('find plans stored with a gap or an unreadable row, and repair them so they open', async () => {
    const first = await startTestServer()
    const { dataDir } = first
    const plans = first.server.course.listPlans()
    const ghana = plans.find((plan) => plan.team.countryCode === 'GH')
    const peru = plans.find((plan) => plan.team.countryCode === 'PE')
    if (!ghana || !peru) throw new Error('no plans')
    const room = await first.server.registry.open(ghana.id)
    const stored = Y.encodeStateAsUpdate(room.doc)
    const source = new Y.Doc()
    Y.applyUpdate(source, stored)
    source.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Never stored.')])
    const lost = Y.encodeStateAsUpdate(source, Y.encodeStateVectorFromUpdate(stored))
    const middle = Y.encodeStateVector(source)
    source.getXmlFragment(PLAN_BODY_FIELD).push([paragraph('Waits for the unstored.')])
    const waiting = Y.encodeStateAsUpdate(source, middle)
    const db = first.server.database
    await first.server.close()

    // What compaction used to store: a snapshot with a part that builds on an update never
    // stored. And a row of another plan that cannot be read at all (damage to the file).
    const Database = (await import('better-sqlite3')).default
    const file = new Database(`${dataDir}/coplan.sqlite`)
    file
      .prepare('UPDATE plan_snapshots SET state = ? WHERE plan_id = ?')
      .run(Y.mergeUpdates([stored, waiting]), ghana.id)
    file
      .prepare('INSERT INTO plan_updates (plan_id, seq, data) VALUES (?, 999, ?)')
      .run(peru.id, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]))
    file.close()
    expect(db.open).toBe(false)

    const checked = await runAdminCli(dataDir, 'check-plans', '--json')
    expect(checked.code).toBe(1)
    expect(checked.stderr).toMatch(/2 plan\(s\) need repair/)
    const health = JSON.parse(checked.stdout) as PlanHealth[]
    expect(health.find((h) => h.planId === ghana.id)).toMatchObject({ unintegrated: 1 })
    expect(health.find((h) => h.planId === peru.id)).toMatchObject({ unreadableRows: 1 })

    // Ghana's plan opens without repair (the server sets the waiting part aside); Peru's, whose
    // stored text is damaged, is refused rather than served in part.
    const second = await startTestServer({}, dataDir)
    const reader = connectClient(second.collabUrl, ghana.id, second.tokenFor(DEMO.ghanaDelegate))
    await reader.synced
    expect(reader.text()).not.toContain('Waits for the unstored.')
    const damaged = new WebSocket(
      `${second.collabUrl}/${peru.id}?token=${second.tokenFor(DEMO.peruDelegate)}`,
    )
    expect(await new Promise((resolve) => damaged.once('close', resolve))).toBe(
      CloseCode.LoadFailed,
    )
    const refused = await runAdminCli(dataDir, 'repair-plan', '--plan', peru.id)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/stop it before repairing/)
    await second.server.close()

    const repaired = await runAdminCli(dataDir, 'repair-plan', '--plan', peru.id)
    expect(repaired.code).toBe(0)
    expect(repaired.stdout).toMatch(/1 parts set aside/)
    const after = await runAdminCli(dataDir, 'check-plans')
    expect(after.code).toBe(0)
    expect(after.stdout).toMatch(new RegExp(`${ghana.id}\\s+Ghana\\s+ok, parts kept aside`))

    // The update the waiting part builds on turns up (say, from an old backup): the repair
    // takes the part back in.
    const back = new Database(`${dataDir}/coplan.sqlite`)
    back
      .prepare('INSERT INTO plan_updates (plan_id, seq, data) VALUES (?, 1, ?)')
      .run(ghana.id, lost)
    back.close()
    const again = await runAdminCli(dataDir, 'repair-plan', '--plan', ghana.id)
    expect(again.stdout).toMatch(/1 taken back, 0 still aside/)

    const third = await startTestServer({}, dataDir)
    const ghanaReader = connectClient(third.collabUrl, ghana.id, third.tokenFor(DEMO.ghanaDelegate))
    const peruReader = connectClient(third.collabUrl, peru.id, third.tokenFor(DEMO.peruDelegate))
    await Promise.all([ghanaReader.synced, peruReader.synced])
    expect(ghanaReader.text()).toContain('Never stored.')
    expect(ghanaReader.text()).toContain('Waits for the unstored.')
    expect(peruReader.text().length).toBeGreaterThan(0)
  })
})
