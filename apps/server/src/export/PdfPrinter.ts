import fs from 'node:fs'
import type { ExportFont } from '@coplan/export'
import { ALL_EXPORT_FONTS, missingFontFiles } from '@coplan/export'
import type { Browser } from 'playwright-core'
import { Unavailable } from '../errors'
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM } from './chromiumLaunch'

export interface PdfPrinterOptions {
  /** The Chromium to run; by default Debian's when installed, else Playwright's own. */
  executablePath?: string
  /** Font files that must be installed for PDFs to show every script. */
  fonts?: readonly ExportFont[]
  /** Pages printed at once; more wait their turn (each page costs memory in Chromium). */
  maxConcurrentPrints?: number
  /** The browser is closed after this long without printing, and started again on demand. */
  idleCloseMs?: number
}

/**
 * Prints HTML to PDF with a headless Chromium: it shapes every script (Hangul, Arabic right to
 * left, Thai, Devanagari) and embeds the fonts it used. One browser per printer, started on the
 * first print and closed when idle or on `close()`; each print gets its own page with
 * JavaScript and network off. Throws `Unavailable` saying what to install when Chromium or
 * the fonts are missing, so the other formats go on working.
 */
export class PdfPrinter {
  readonly #options: Required<PdfPrinterOptions>
  #browser: Promise<Browser> | null = null
  #active = 0
  readonly #waiting: (() => void)[] = []
  #idleTimer: NodeJS.Timeout | null = null
  #closed = false

  constructor(options: PdfPrinterOptions = {}) {
    const {
      executablePath = fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : '',
      fonts = ALL_EXPORT_FONTS,
      maxConcurrentPrints = 2,
      idleCloseMs = 5 * 60_000,
    } = options
    this.#options = { executablePath, fonts, maxConcurrentPrints, idleCloseMs }
  }

  /** Throws the `Unavailable` of `print` if the fonts are missing, without starting anything. */
  checkFonts(): void {
    const missing = missingFontFiles(this.#options.fonts)
    if (missing.length === 0) return
    const packages = [...new Set(missing.map((font) => font.debianPackage))].join(' ')
    throw new Unavailable(
      'pdf_unavailable',
      `PDF export needs fonts that are not installed (${missing.map((f) => f.family).join(', ')}): run "apt-get install ${packages}"`,
    )
  }

  /** The PDF of a standalone HTML page, laid out by its own `@page` rules. */
  async print(html: string): Promise<Uint8Array> {
    if (this.#closed) throw new Error('The PDF printer is closed')
    this.checkFonts()
    await this.#turn()
    try {
      const browser = await this.#launch()
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
      try {
        await context.route('**/*', (route) => route.abort())
        const page = await context.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          outline: true,
          tagged: true,
        })
        return new Uint8Array(pdf)
      } finally {
        await context.close()
      }
    } finally {
      this.#active--
      this.#waiting.shift()?.()
      this.#scheduleIdleClose()
    }
  }

  async close(): Promise<void> {
    this.#closed = true
    await this.#closeBrowser()
  }

  async #turn(): Promise<void> {
    if (this.#idleTimer) clearTimeout(this.#idleTimer)
    this.#idleTimer = null
    while (this.#active >= this.#options.maxConcurrentPrints) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve))
    }
    this.#active++
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const { executablePath } = this.#options
      // Imported when first needed: playwright-core is large, and most servers never print.
      const launching = import('playwright-core')
        .then(({ chromium }) =>
          chromium.launch({
            ...(executablePath ? { executablePath } : {}),
            args: [...CHROMIUM_ARGS],
          }),
        )
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.#browser === launching) this.#browser = null
          })
          return browser
        })
        .catch((error: unknown) => {
          this.#browser = null
          const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
          throw new Unavailable(
            'pdf_unavailable',
            `PDF export needs Chromium, which could not be started (${reason}): run "apt-get install chromium"`,
          )
        })
      this.#browser = launching
    }
    return this.#browser
  }

  #scheduleIdleClose(): void {
    if (this.#active > 0 || this.#closed) return
    this.#idleTimer = setTimeout(() => void this.#closeBrowser(), this.#options.idleCloseMs)
    this.#idleTimer.unref()
  }

  async #closeBrowser(): Promise<void> {
    if (this.#idleTimer) clearTimeout(this.#idleTimer)
    this.#idleTimer = null
    const browser = this.#browser
    this.#browser = null
    // A browser that failed to start was already reported to the print that wanted it.
    if (browser) await browser.then((b) => b.close()).catch(() => undefined)
  }
}
