import fs from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from '../apps/server/src/export/chromiumLaunch'

// Playwright cannot download its own browsers on our machines; Debian's Chromium is used when
// present, and Playwright's own browser everywhere else.

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: '../test-results',
  use: {
    trace: 'retain-on-failure',
    launchOptions: fs.existsSync(DEBIAN_CHROMIUM)
      ? { executablePath: DEBIAN_CHROMIUM, args: [...CHROMIUM_ARGS] }
      : {},
  },
})
