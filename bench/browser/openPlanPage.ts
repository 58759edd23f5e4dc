import type { Browser, Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../apps/server/src/course/seedDemoCourse'
import { DEMO } from '../../apps/server/src/testing/demoAccounts'

const READY_TIMEOUT_MS = 60_000

/**
 * Opens the plan in a new browser context as delegate Ama Owusu (signed in through the API, as
 * the end-to-end tests do), waits until the editor is synced, knows where `carets` remote
 * carets are (it draws only those near the viewport) and shows `highlights` comment
 * highlights, and puts the caret at the end of top-level block `block`, in the middle of the
 * window. The service worker is blocked: it only caches the app's files, which would compete
 * with the typing for the network and the CPU.
 */
export const openPlanPage = async (
  browser: Browser,
  {
    url,
    planId,
    block,
    carets,
    highlights,
  }: { url: string; planId: string; block: number; carets: number; highlights: number },
): Promise<Page> => {
  const context = await browser.newContext({ baseURL: url, serviceWorkers: 'block' })
  const signIn = await context.request.post('/api/auth/sign-in', {
    headers: { origin: url },
    data: { email: DEMO.ghanaDelegate, password: DEMO_PASSWORD },
  })
  if (signIn.status() !== 200) throw new Error(`Sign-in failed: ${signIn.status()}`)
  const page = await context.newPage()
  await page.goto(`/plans/${planId}`)
  await page
    .locator('[data-testid="connection-status"][data-state="synced"]')
    .waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS })
  await page.waitForFunction(
    ([caretCount, highlightCount]) =>
      // The layer counts the carets it knows; an older web app drew them all in the text.
      Math.max(
        Number(
          document.querySelector<HTMLElement>('.collaboration-carets__layer')?.dataset.carets ?? 0,
        ),
        document.querySelectorAll('.collaboration-carets__caret').length,
      ) >= caretCount && document.querySelectorAll('.comment-highlight').length >= highlightCount,
    [carets, highlights] as const,
    { timeout: READY_TIMEOUT_MS },
  )
  const editor = page.getByTestId('editor').locator('.ProseMirror')
  await editor.focus()
  await editor.evaluate((root, index) => {
    const target = root.children[index]
    if (!target) throw new Error(`The plan has no block ${index}`)
    target.scrollIntoView({ block: 'center' })
    const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT)
    let last: Node | null = null
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node
    if (!last) throw new Error(`Block ${index} has no text`)
    window.getSelection()?.collapse(last, last.textContent?.length ?? 0)
  }, block)
  // Then the caret to the middle of the window, so the typed lines never make the page scroll.
  // Twice, a frame apart: the blocks that came into view are laid out only in the next frame.
  for (let i = 0; i < 2; i++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const caret = window.getSelection()?.getRangeAt(0).getBoundingClientRect()
          if (caret) window.scrollBy(0, caret.top - window.innerHeight / 2)
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
        }),
    )
  }
  return page
}
