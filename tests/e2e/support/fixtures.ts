import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../../apps/server/src/course/seedDemoCourse'
import { DEMO } from '../../../apps/server/src/testing/demoAccounts'
import type { ServerProcess } from '../../../apps/server/src/testing/serverProcess'
import { startServerProcess, stopProcess } from '../../../apps/server/src/testing/serverProcess'
import { signInThroughApi } from './api'

export { DEMO, DEMO_PASSWORD }

/** A Coplan server process of this test's own, on a fresh data directory with the demo course. */
export interface CoplanServer {
  readonly url: string
  /** Stops the server (SIGKILL: nothing may depend on a clean shutdown) and starts it again. */
  restart(options?: { signal?: NodeJS.Signals }): Promise<void>
  /** The id of the demo plan of the team with this country code (`GH`, `PE`, `UZ`). */
  planIdOf(countryCode: string): Promise<string>
}

export interface CoplanFixtures {
  coplan: CoplanServer
  /**
   * What the pages of this test reported breaking the server's Content-Security-Policy; the
   * test fails if anything did, so that the policy cannot silently break the app.
   */
  cspViolations: string[]
  /**
   * Opens a new browser context signed in as this demo person (an email from `DEMO`, password
   * `coplan-demo`) at `path`. The sign-in goes through the API from the context's own request
   * object, so the session cookie lands in that context.
   */
  openAs: (email: string, path?: string) => Promise<Page>
  /** Opens a new browser context that is signed in as no one, at `path`. */
  openSignedOut: (path?: string) => Promise<Page>
}

/**
 * Collects into `violations` every Content-Security-Policy violation a page of `context`
 * reports: the `securitypolicyviolation` event, and Chromium's console message for it.
 */
const watchCsp = async (context: BrowserContext, violations: string[]): Promise<void> => {
  await context.exposeBinding('__coplanCspViolation', (_source, text: string) => {
    violations.push(text)
  })
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (text: string) => void>)
          .__coplanCspViolation
        report?.(
          `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} ` +
            `(${event.sourceFile}:${event.lineNumber}, sample: ${event.sample}) on ${location.href}`,
        )
      },
      true,
    )
  })
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
}

const openAs = async (
  browser: Browser,
  baseURL: string,
  email: string,
  at: string,
  violations: string[],
): Promise<Page> => {
  const context = await browser.newContext({ baseURL })
  await watchCsp(context, violations)
  await signInThroughApi(context.request, baseURL, email)
  const page = await context.newPage()
  await page.goto(at)
  return page
}

const openSignedOut = async (
  browser: Browser,
  baseURL: string,
  at: string,
  violations: string[],
): Promise<Page> => {
  const context = await browser.newContext({ baseURL })
  await watchCsp(context, violations)
  const page = await context.newPage()
  await page.goto(at)
  return page
}

/** The demo plan ids by team, read once per server through an admin's session. */
const readPlanIds = async (url: string): Promise<Map<string, string>> => {
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: DEMO.admin, password: DEMO_PASSWORD }),
  })
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0]
  if (!signIn.ok || !cookie) throw new Error(`Admin sign-in failed: ${signIn.status}`)
  const response = await fetch(`${url}/api/plans`, { headers: { cookie } })
  const { plans } = (await response.json()) as {
    plans: { id: string; team: { countryCode: string } }[]
  }
  return new Map(plans.map((plan) => [plan.team.countryCode, plan.id]))
}

export const test = base.extend<CoplanFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  coplan: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-e2e-'))
    let server: ServerProcess = await startServerProcess(dataDir)
    const servers = [server]
    let url = server.url
    let planIds: Map<string, string> | null = null
    await use({
      get url() {
        return url
      },
      restart: async ({ signal = 'SIGKILL' } = {}) => {
        await stopProcess(server.child, signal)
        // The same port, so open pages reconnect by themselves.
        server = await startServerProcess(dataDir, { PORT: new URL(url).port })
        servers.push(server)
        url = server.url
      },
      planIdOf: async (countryCode) => {
        planIds ??= await readPlanIds(url)
        const id = planIds.get(countryCode)
        if (!id) throw new Error(`No demo plan for team ${countryCode}`)
        return id
      },
    })
    await stopProcess(server.child, 'SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
    // Whatever a real editor sends must pass the server's checks of what a plan may hold and
    // whose it is: a refusal here means the checks turn away people's work.
    const refusal = /.*(refused message|Left out of a handshake|Dropped updates).*/g
    const refused = servers.flatMap((each) => each.output().match(refusal) ?? [])
    if (refused.length > 0) {
      throw new Error(`The server refused what a browser sent:\n${refused.join('\n')}`)
    }
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  cspViolations: async ({}, use) => {
    const violations: string[] = []
    await use(violations)
    if (violations.length > 0) {
      throw new Error(`A page broke the Content-Security-Policy:\n${violations.join('\n')}`)
    }
  },
  context: async ({ context, cspViolations }, use) => {
    await watchCsp(context, cspViolations)
    await use(context)
  },
  openAs: async ({ browser, coplan, cspViolations }, use) => {
    await use((email, at = '/') => openAs(browser, coplan.url, email, at, cspViolations))
  },
  openSignedOut: async ({ browser, coplan, cspViolations }, use) => {
    await use((at = '/') => openSignedOut(browser, coplan.url, at, cspViolations))
  },
})

export { expect }
