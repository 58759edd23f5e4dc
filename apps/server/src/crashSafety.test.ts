import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { connectClient } from './testing/connectClient'
import { DEMO } from './testing/demoAccounts'
import { issueToken } from './testing/issueToken'
import { exited } from './testing/serverProcess'
import { spawnServer } from './testing/spawnServer'

const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-crash-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

const firstPlanId = async (url: string, token: string): Promise<string> => {
  const response = await fetch(`${url}/api/plans`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { plans } = (await response.json()) as { plans: { id: string }[] }
  if (!plans[0]) throw new Error('no plan')
  return plans[0].id
}

describe('crash safety of the server process', () => {
  it('keeps an update that was relayed right before kill -9', async () => {
    const dataDir = tempDir()
    const first = await spawnServer(dataDir)
    const token = issueToken(dataDir, DEMO.admin)
    const planId = await firstPlanId(first.url, token)
    const alice = connectClient(first.collabUrl, planId, token)
    const bob = connectClient(first.collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])

    alice.appendParagraph('Written a moment before the crash.')
    await vi.waitFor(() => expect(bob.text()).toContain('Written a moment before the crash.'), {
      interval: 1,
    })
    first.child.kill('SIGKILL')
    await exited(first.child)
    alice.provider.destroy()
    bob.provider.destroy()

    const second = await spawnServer(dataDir)
    const carol = connectClient(second.collabUrl, planId, token)
    await carol.synced
    expect(carol.text()).toContain('Written a moment before the crash.')
  })

  it('stores everything and exits cleanly on SIGTERM', async () => {
    const dataDir = tempDir()
    const first = await spawnServer(dataDir)
    const token = issueToken(dataDir, DEMO.admin)
    const planId = await firstPlanId(first.url, token)
    const alice = connectClient(first.collabUrl, planId, token)
    const bob = connectClient(first.collabUrl, planId, token)
    await Promise.all([alice.synced, bob.synced])
    alice.appendParagraph('Written before a clean shutdown.')
    await vi.waitFor(() => expect(bob.text()).toContain('Written before a clean shutdown.'))
    first.child.kill('SIGTERM')
    await exited(first.child)
    expect(first.child.exitCode).toBe(0)
    alice.provider.destroy()
    bob.provider.destroy()

    const second = await spawnServer(dataDir)
    const carol = connectClient(second.collabUrl, planId, token)
    await carol.synced
    expect(carol.text()).toContain('Written before a clean shutdown.')
  })
})
