import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { runAdminCli } from '../testing/runAdminCli'
import { startTestServer } from '../testing/startTestServer'

const admin = runAdminCli

const tempFile = (name: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-backup-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return path.join(dir, name)
}

describe('backup and restore', () => {
  it('backs up while the server runs, refuses to restore under it, and restores once it stopped', async () => {
    const first = await startTestServer()
    const plan = first.server.course.listPlans()[0]
    const writer = connectClient(first.collabUrl, plan?.id ?? '', first.tokenFor(DEMO.admin))
    await writer.synced
    writer.appendParagraph('In the backup.')
    await vi.waitFor(() =>
      expect(first.server.course.findPlan(plan?.id ?? '')?.lastEditedAt).not.toBe(
        plan?.lastEditedAt,
      ),
    )

    const file = tempFile('coplan-backup.sqlite')
    const backup = await admin(first.dataDir, 'backup', file)
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringMatching(/Backed up \d+ pages/) })

    writer.appendParagraph('After the backup.')
    const refused = await admin(first.dataDir, 'restore', file)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/stop it before restoring/)

    writer.provider.destroy()
    await first.server.close()
    expect((await admin(first.dataDir, 'restore', file)).code).toBe(0)
    const second = await startTestServer({}, first.dataDir)
    const reader = connectClient(second.collabUrl, plan?.id ?? '', second.tokenFor(DEMO.admin))
    await reader.synced
    expect(reader.text()).toContain('In the backup.')
    expect(reader.text()).not.toContain('After the backup.')
  })

  it('refuses to restore a file that is not a Coplan backup', async () => {
    const { dataDir, server } = await startTestServer()
    await server.close()
    const file = tempFile('not-a-backup.txt')
    fs.writeFileSync(file, 'hello')
    const result = await admin(dataDir, 'restore', file)
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/not a database|not a Coplan backup/)
    expect((await admin(dataDir, 'backup')).stderr).toMatch(/Give the file/)
  })
})
