import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { DEMO_PASSWORD } from '../../apps/server/src/course/seedDemoCourse'
import { DEMO } from '../../apps/server/src/testing/demoAccounts'
import { startServerProcess, stopProcess } from '../../apps/server/src/testing/serverProcess'

export interface ScriptSize {
  /** Path of the script on the server, e.g. `/assets/index-abc123.js`. */
  file: string
  /** Bytes as the server sent them (it does not compress). */
  bytes: number
  /** Bytes after gzip at level 9, as a compressing proxy or CDN would send them. */
  gzipBytes: number
  /** The content encoding the server answered with, if any. */
  encoding: string | null
}

/**
 * Every script the editor page loads, measured in Chromium: a fresh server with the demo
 * course serves the built app (apps/web/dist), delegate Ama Owusu opens her team's plan, and
 * each script response (the entry, its static imports, modulepreloads, the editor's lazy
 * chunks) counts until the editor is synced and the network is idle. The service worker is
 * blocked: it would fetch every chunk of the app into its cache, which is not what the page
 * runs.
 */
export const measureEditorScripts = async (browser: Browser): Promise<ScriptSize[]> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-bundle-'))
  const server = await startServerProcess(dataDir)
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' })
  try {
    const signIn = await context.request.post('/api/auth/sign-in', {
      headers: { origin: server.url },
      data: { email: DEMO.ghanaDelegate, password: DEMO_PASSWORD },
    })
    if (signIn.status() !== 200) throw new Error(`Sign-in failed: ${signIn.status()}`)
    const plans = (await (await context.request.get('/api/plans')).json()) as {
      plans: { id: string }[]
    }
    const planId = plans.plans[0]?.id
    if (!planId) throw new Error('The demo delegate has no plan')
    const page = await context.newPage()
    const scripts: Promise<ScriptSize>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return
      scripts.push(
        response.body().then((body) => ({
          file: new URL(response.url()).pathname,
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
          encoding: response.headers()['content-encoding'] ?? null,
        })),
      )
    })
    await page.goto(`/plans/${planId}`)
    await page
      .locator('[data-testid="connection-status"][data-state="synced"]')
      .waitFor({ state: 'attached', timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    return (await Promise.all(scripts)).sort((a, b) => b.gzipBytes - a.gzipBytes)
  } finally {
    await context.close()
    await stopProcess(server.child, 'SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
