import { DEMO, expect, test } from './support/fixtures'
import { appendParagraph } from './support/appendParagraph'
import { waitForSynced } from './support/editor'
import { moveStatusThroughApi } from './support/workflow'

test('the course dashboard shows each plan’s status and figures, filtered and sorted', async ({
  coplan,
  openAs,
}) => {
  const ghana = await coplan.planIdOf('GH')
  const peru = await coplan.planIdOf('PE')
  const uzbekistan = await coplan.planIdOf('UZ')

  // Peru's plan grows and goes into review; Uzbekistan's is final; Ghana's stays a draft.
  const lucia = await openAs(DEMO.peruDelegate, `/plans/${peru}`)
  await waitForSynced(lucia)
  await appendParagraph(
    lucia,
    'Citizens will file petitions online and follow each one until a ministry answers it in writing.',
  )
  const admin = await openAs(DEMO.admin, '/admin')
  // The dashboard's figures follow the text once editing pauses.
  await expect
    .poll(async () => {
      const { plans } = (await (await admin.request.get('/api/plans')).json()) as {
        plans: { id: string; wordCount: number }[]
      }
      return plans.find((plan) => plan.id === peru)?.wordCount ?? 0
    })
    .toBeGreaterThan(60)
  await moveStatusThroughApi(admin, coplan.url, peru, 'in_review')
  for (const to of ['in_review', 'reviewed', 'final']) {
    await moveStatusThroughApi(admin, coplan.url, uzbekistan, to)
  }

  await admin.goto('/')
  const table = admin.getByTestId('dashboard-table')
  const row = (planId: string) => table.locator(`tr[data-plan-id="${planId}"]`)
  await expect(row(ghana).getByTestId('status-badge')).toHaveText('Draft')
  await expect(row(peru).getByTestId('status-badge')).toHaveText('In review')
  await expect(row(uzbekistan).getByTestId('status-badge')).toHaveText('Final')
  await expect(row(peru)).toContainText('Lucía Quispe')
  await expect(row(peru)).toContainText('/12')
  const words = async (planId: string) =>
    Number((await row(planId).getByTestId('word-count-cell').textContent())?.replace(/\D/g, ''))
  expect(await words(peru)).toBeGreaterThan(await words(ghana))

  // Filters: by status, by country, both.
  await admin.getByLabel('Status').selectOption({ label: 'In review' })
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(row(peru)).toBeVisible()
  await expect(admin.getByText('Showing 1 of 3 plans')).toBeVisible()
  await admin.getByLabel('Status').selectOption({ label: 'All statuses' })
  await admin.getByLabel('Country').selectOption({ label: 'Ghana' })
  await expect(table.locator('tbody tr')).toHaveCount(1)
  await expect(row(ghana)).toBeVisible()
  await admin.getByLabel('Status').selectOption({ label: 'Final' })
  await expect(admin.getByTestId('dashboard-no-match')).toBeVisible()
  await admin.getByRole('button', { name: 'Clear filters' }).click()
  await expect(table.locator('tbody tr')).toHaveCount(3)

  // Sorting by word count: most first, then, pressed again, fewest first.
  const wordsHeader = table.getByRole('columnheader', { name: /Words/ })
  await wordsHeader.getByRole('button').click()
  await expect(wordsHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(table.locator('tbody tr').first()).toHaveAttribute('data-plan-id', peru)
  await wordsHeader.getByRole('button').click()
  await expect(wordsHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.locator('tbody tr').last()).toHaveAttribute('data-plan-id', peru)

  // The view is in the address, so it survives a reload.
  await admin.reload()
  await expect(
    admin.getByTestId('dashboard-table').getByRole('columnheader', { name: /Words/ }),
  ).toHaveAttribute('aria-sort', 'ascending')

  // A plan moved elsewhere shows its new status here at once, sort and filters kept.
  await moveStatusThroughApi(admin, coplan.url, ghana, 'in_review')
  await expect(row(ghana).getByTestId('status-badge')).toHaveText('In review')
  await expect(
    admin.getByTestId('dashboard-table').getByRole('columnheader', { name: /Words/ }),
  ).toHaveAttribute('aria-sort', 'ascending')
})
