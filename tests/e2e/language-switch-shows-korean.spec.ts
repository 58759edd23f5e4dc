import { DEMO, expect, test } from './support/fixtures'
import { waitForSynced } from './support/editor'

test('the language switch turns the interface Korean and is remembered', async ({
  coplan,
  openAs,
}) => {
  const page = await openAs(DEMO.uzbekDelegate)
  await expect(page.getByRole('heading', { name: 'Your plans' })).toBeVisible()
  await expect(page.getByTestId('signed-in-as')).toContainText('Delegate · Uzbekistan')
  await page.getByTestId('language-switch').selectOption('ko')
  await expect(page.getByRole('heading', { name: '내 계획' })).toBeVisible()
  await expect(page.getByTestId('signed-in-as')).toContainText('대표단원 · 우즈베키스탄')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')

  await page.goto(`/plans/${await coplan.planIdOf('UZ')}`)
  await waitForSynced(page)
  await expect(page.getByTestId('connection-status')).toContainText('동기화')
  await expect(page.getByRole('toolbar')).toBeVisible()
  await expect(page.getByRole('button', { name: '굵게' })).toBeVisible()
})
