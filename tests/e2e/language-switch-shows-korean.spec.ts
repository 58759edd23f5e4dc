import { expect, test } from './support/fixtures'
import { waitForSynced } from './support/editor'

test('the language switch turns the interface Korean and is remembered', async ({
  coplan,
  openAs,
}) => {
  const page = await openAs('Farida Yusupova')
  await expect(page.getByRole('heading', { name: 'Cooperation plans' })).toBeVisible()
  await page.getByTestId('language-switch').selectOption('ko')
  await expect(page.getByRole('heading', { name: '협력 계획' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')

  await page.goto(`/plans/${await coplan.firstPlanId()}`)
  await waitForSynced(page)
  await expect(page.getByTestId('connection-status')).toContainText('동기화')
  await expect(page.getByRole('toolbar')).toBeVisible()
  await expect(page.getByRole('button', { name: '굵게' })).toBeVisible()
})
