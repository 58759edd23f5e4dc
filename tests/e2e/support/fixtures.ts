import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import type { ServerProcess } from '../../../apps/server/src/testing/serverProcess'
import { startServerProcess, stopProcess } from '../../../apps/server/src/testing/serverProcess'

/** A Coplan server process of this test's own, on a fresh data directory. */
export interface CoplanServer {
  readonly url: string
  /** Stops the server (SIGKILL: nothing may depend on a clean shutdown) and starts it again. */
  restart(options?: { signal?: NodeJS.Signals }): Promise<void>
  /** The id of the first plan listed by the API. */
  firstPlanId(): Promise<string>
}

export interface CoplanFixtures {
  coplan: CoplanServer
  /** Opens a new browser context as a person with this display name, at `path`. */
  openAs: (name: string, path?: string) => Promise<Page>
}

const openAs = async (
  browser: Browser,
  baseURL: string,
  name: string,
  at: string,
): Promise<Page> => {
  const context = await browser.newContext({ baseURL })
  await context.addInitScript((displayName) => {
    if (!localStorage.getItem('coplan.displayName')) {
      localStorage.setItem('coplan.displayName', displayName)
    }
  }, name)
  const page = await context.newPage()
  await page.goto(at)
  return page
}

export const test = base.extend<CoplanFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  coplan: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-e2e-'))
    let server: ServerProcess = await startServerProcess(dataDir)
    let url = server.url
    await use({
      get url() {
        return url
      },
      restart: async ({ signal = 'SIGKILL' } = {}) => {
        await stopProcess(server.child, signal)
        // The same port, so open pages reconnect by themselves.
        server = await startServerProcess(dataDir, { PORT: new URL(url).port })
        url = server.url
      },
      firstPlanId: async () => {
        const response = await fetch(`${url}/api/plans`)
        const { plans } = (await response.json()) as { plans: { id: string }[] }
        if (!plans[0]) throw new Error('no plans')
        return plans[0].id
      },
    })
    await stopProcess(server.child, 'SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  },
  openAs: async ({ browser, coplan }, use) => {
    await use((name, at = '/') => openAs(browser, coplan.url, name, at))
  },
})

export { expect }
