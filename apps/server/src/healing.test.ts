import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { restoreDatabase } from './database/backup'
import { connectClient } from './testing/connectClient'
import { DEMO } from './testing/demoAccounts'
import { startTestServer } from './testing/startTestServer'

describe('healing', () => {
  it('gets back from a client what a server restored from an older backup lacks', async () => {
    const first = await startTestServer()
    const token = first.tokenFor(DEMO.admin)
    const planId = first.server.course.listPlans()[0]?.id ?? ''
    const alice = connectClient(first.collabUrl, planId, token)
    await alice.synced
    alice.appendParagraph('Before the backup.')
    await vi.waitFor(() =>
      expect(first.server.course.findPlan(planId)?.lastEditedAt).not.toBe(undefined),
    )
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-heal-'))
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
    const backup = path.join(dir, 'backup.sqlite')
    const room = await first.server.registry.open(planId)
    room.flush()
    await first.server.database.backup(backup)

    alice.appendParagraph('Written after the backup.')
    const bob = connectClient(first.collabUrl, planId, token)
    await vi.waitFor(() => expect(bob.text()).toContain('Written after the backup.'))
    bob.provider.destroy()

    // The server comes back from the older backup, on the same port.
    await first.server.close()
    await restoreDatabase(backup, first.dataDir)
    const second = await startTestServer({}, first.dataDir, Number(new URL(first.url).port))
    // Alice reconnects by herself; her sync brings the missing paragraph back.
    const carol = connectClient(second.collabUrl, planId, second.tokenFor(DEMO.admin))
    await vi.waitFor(() => expect(carol.text()).toContain('Written after the backup.'), {
      timeout: 10_000,
    })
    expect(carol.text()).toContain('Before the backup.')
  })
})
