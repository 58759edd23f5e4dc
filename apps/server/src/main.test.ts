import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { spawnServer } from './testing/spawnServer'

const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-main-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** An IPv4 address of this machine other than loopback, if it has one. */
const outsideAddress = (): string | undefined =>
  Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && !entry.internal && entry.family === 'IPv4')?.address

const accepts = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port })
    socket.setTimeout(5000, () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

describe('npm start', () => {
  it('listens on loopback only unless HOST says otherwise, and says what is in force', async () => {
    // Without this machine's outside address the reachability checks cannot run; the printed
    // lines are checked all the same.
    const outside = outsideAddress()
    const closed = await spawnServer(tempDir(), { HOST: undefined, COPLAN_DEMO_REMOTE: undefined })
    expect(closed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(closed.output()).toContain(
      'Listening on loopback only (127.0.0.1): Coplan is reachable from this machine alone',
    )
    expect(closed.output()).toContain(
      '9 demo accounts have the published password "coplan-demo", usable from this machine only',
    )
    if (outside) expect(await accepts(outside, Number(new URL(closed.url).port))).toBe(false)

    const open = await spawnServer(tempDir(), { HOST: '0.0.0.0', COPLAN_DEMO_REMOTE: '1' })
    expect(open.output()).toContain('Listening on all interfaces (0.0.0.0)')
    // A warning, on standard error: it may come after the listening line.
    await vi.waitFor(() => expect(open.output()).toContain('usable from anywhere'))
    if (outside) expect(await accepts(outside, Number(new URL(open.url).port))).toBe(true)
  })

  it('refuses to start on a bad value, naming the variable', async () => {
    await expect(spawnServer(tempDir(), { PORT: 'abc' })).rejects.toThrow(
      /server exited \(1\)[\s\S]*PORT="abc": PORT must be a port/,
    )
  })
})
