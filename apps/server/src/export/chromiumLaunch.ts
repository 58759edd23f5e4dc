/** Debian's Chromium: used where present (Playwright cannot download browsers on our machines). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * Flags for every headless Chromium we start (PDF printing, end-to-end tests, benchmarks).
 * No sandbox: the server often runs as root in a container, where Chromium's sandbox cannot
 * start; the pages it opens hold only Coplan's own content.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
