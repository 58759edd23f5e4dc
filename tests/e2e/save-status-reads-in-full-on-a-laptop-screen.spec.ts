import type { Locator } from '@playwright/test'
import { DEMO, expect, test } from './support/fixtures'
import { waitForSynced } from './support/editor'

/** Whether the element's text is cut short (ellipsed) in its box. */
const isCut = (locator: Locator) =>
  locator.evaluate((element) => element.scrollWidth > element.clientWidth)

test('on a 1024 px screen the save status reads in full, and the connection shows its words when it matters', async ({
  coplan,
  openAs,
}) => {
  const page = await openAs(DEMO.ghanaDelegate, `/plans/${await coplan.planIdOf('GH')}`)
  await page.setViewportSize({ width: 1024, height: 700 })
  await waitForSynced(page)
  const saveText = page.getByTestId('save-status').locator('.save-text')
  await expect(saveText).toHaveText('All changes saved')
  expect(await isCut(saveText)).toBe(false)

  // All is well: a green dot, its words kept for screen readers and the tooltip.
  const connection = page.getByTestId('connection-status')
  await expect(connection).toContainText('Connected · Synced')
  await expect(connection).toHaveAttribute('title', 'Connected · Synced')
  const words = connection.locator('.connection-text')
  expect((await words.boundingBox())?.width).toBeLessThanOrEqual(1)

  await page.context().setOffline(true)
  await expect(connection).toHaveAttribute('data-state', 'offline')
  expect((await words.boundingBox())?.width).toBeGreaterThan(40)
  expect(await isCut(saveText)).toBe(false)
})
