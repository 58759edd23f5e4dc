import { DEMO, expect, test } from './support/fixtures'
import { editorOf, waitForSynced } from './support/editor'

test('someone who chose Korean can open a plan offline in Korean', async ({ coplan, openAs }) => {
  const planPath = `/plans/${await coplan.planIdOf('UZ')}`
  const page = await openAs(DEMO.uzbekDelegate, planPath)
  await waitForSynced(page)
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      timeout: 30_000,
    })
    .toBe('activated')
  // Chosen without this page ever loading the Korean catalogue: offline, only the service
  // worker's precache can serve it.
  await page.evaluate(() => localStorage.setItem('coplan.lang', 'ko'))

  await page.context().setOffline(true)
  await page.reload()
  await expect(page.getByRole('button', { name: '굵게' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(editorOf(page)).toHaveAttribute('contenteditable', 'true')
})
