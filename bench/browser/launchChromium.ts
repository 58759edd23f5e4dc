import fs from 'node:fs'
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'

// As in tests/playwright.config.ts: Debian's Chromium where present (Playwright cannot download
// its own browsers on our machines), Playwright's own browser elsewhere.
const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Headless Chromium launched as the end-to-end tests launch it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch(
    fs.existsSync(SYSTEM_CHROMIUM)
      ? {
          executablePath: SYSTEM_CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  )

/** The browser's own version string, for the report. */
export const browserName = (browser: Browser): string =>
  `${browser.browserType().name()} ${browser.version()}`
