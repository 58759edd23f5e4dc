import type { Browser, Page } from '@playwright/test'
import type { KeySample } from './typingProbe'

const BARE_PAGE = `<!doctype html>
<html lang="en"><body style="font: 16px/1.65 sans-serif; max-width: 720px; margin: 40px auto">
<div contenteditable="true" style="outline: none; white-space: pre-wrap">
<p>The ministry will review the one-stop service portal for citizens before the end of the
second quarter.</p>
</div></body></html>`

/**
 * The floor: the same keystrokes into a plain `contenteditable` with one paragraph, no script,
 * in the same browser. What is left here is Chromium's own cost, and waiting for its frame.
 */
export const runBareScenario = async (
  browser: Browser,
  type: (page: Page) => Promise<KeySample[]>,
): Promise<KeySample[]> => {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.setContent(BARE_PAGE)
    const editable = page.locator('[contenteditable]')
    await editable.focus()
    await editable.evaluate((root) => {
      const text = root.querySelector('p')?.lastChild
      if (text) window.getSelection()?.collapse(text, text.textContent?.length ?? 0)
    })
    return await type(page)
  } finally {
    await context.close()
  }
}
