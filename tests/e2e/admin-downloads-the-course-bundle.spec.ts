import { DEMO, expect, test } from './support/fixtures'
import { bytesOf, downloadFrom, unzipped } from './support/download'
import { moveStatusThroughApi } from './support/workflow'

test('an admin downloads the course bundle: final plans in country folders, the others listed as skipped', async ({
  coplan,
  openAs,
}) => {
  const ghana = await coplan.planIdOf('GH')
  const admin = await openAs(DEMO.admin, '/admin')
  for (const to of ['in_review', 'reviewed', 'final']) {
    await moveStatusThroughApi(admin, coplan.url, ghana, to)
  }

  const bundle = admin.getByTestId('bundle')
  await bundle.getByRole('button', { name: 'Export all final plans' }).click()

  // Progress is shown while the bundle is built, and reaches every plan of the course.
  const progress = bundle.getByRole('progressbar', { name: 'Plans exported' })
  await expect(progress).toBeVisible()
  const link = bundle.getByRole('link', { name: 'Download the ZIP' })
  await expect(link).toBeVisible()
  const total = Number(await progress.getAttribute('aria-valuemax'))
  expect(total).toBeGreaterThanOrEqual(3)
  await expect(progress).toHaveAttribute('aria-valuenow', String(total))

  // The final plan is in; the others are listed with the reason, not silently dropped.
  const plans = bundle.getByTestId('bundle-plan')
  await expect(plans).toHaveCount(total)
  await expect(plans.filter({ hasText: 'Ghana' })).toContainText('Included')
  const skipped = plans.filter({ hasText: 'Skipped' })
  await expect(skipped).toHaveCount(total - 1)
  await expect(skipped.filter({ hasText: 'Peru' })).toContainText('Not final (status: Draft)')

  const download = await downloadFrom(admin, bundle.getByRole('link', { name: 'Download the ZIP' }))
  expect(download.suggestedFilename()).toMatch(/\.zip$/)
  const names = Object.keys(unzipped(await bytesOf(download)))
  expect(names).toContain('index.csv')
  expect(names.filter((name) => name.startsWith('Ghana/'))).toEqual([
    expect.stringMatching(/\.docx$/),
    expect.stringMatching(/\.pdf$/),
  ])
  expect(names.some((name) => name.startsWith('Peru/'))).toBe(false)

  // The server sends codes: in Korean, the country, the reason and the status are Korean too.
  await admin.getByTestId('language-switch').selectOption('ko')
  const peru = plans.filter({ has: admin.getByText('페루', { exact: true }) })
  await expect(peru).toContainText('제외')
  await expect(peru).toContainText('이유: 최종 계획이 아님 (상태: 초안)')
  await expect(peru).not.toContainText(/Not final|Draft/)
})
