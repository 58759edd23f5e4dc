import fs from 'node:fs'
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'

import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from '../../apps/server/src/export/chromiumLaunch'

/** Headless Chromium launched as the end-to-end tests launch it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch(
    fs.existsSync(DEBIAN_CHROMIUM)
      ? { executablePath: DEBIAN_CHROMIUM, args: [...CHROMIUM_ARGS] }
      : {},
  )

/** The browser's own version string, for the report. */
export const browserName = (browser: Browser): string =>
  `${browser.browserType().name()} ${browser.version()}`
