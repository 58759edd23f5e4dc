import { PLAN_TEMPLATE_SECTIONS } from '@coplan/schema'
import { DEMO, expect, test } from './support/fixtures'
import { editorOf, waitForSynced } from './support/editor'

test('a new plan created from the home page holds the cooperation plan template', async ({
  openAs,
}) => {
  const page = await openAs(DEMO.admin)
  const form = page.getByTestId('new-plan-form')
  await form.getByLabel('Delegation').selectOption({ label: 'Ghana' })
  await form.getByLabel('Title').fill('Ghana – Korea: digital identity')
  await form.getByRole('button', { name: 'Create plan' }).click()

  await expect(page).toHaveURL(/\/plans\/[\w-]+$/)
  await waitForSynced(page)
  const editor = editorOf(page)
  await expect(editor.locator('h1')).toHaveText('Ghana – Korea: digital identity')
  await expect(editor.locator('h2')).toHaveText(PLAN_TEMPLATE_SECTIONS.map((s) => s.heading))
  await expect(editor.locator('table')).toHaveCount(2)
  // Each section shows its hint where the team starts writing.
  await expect(
    editor.locator(`[data-placeholder="${PLAN_TEMPLATE_SECTIONS[1]?.hint.en}"]`),
  ).toBeVisible()

  // The outline lists the sections and jumps to one.
  const outline = page.getByTestId('outline')
  await expect(outline.getByRole('button')).toHaveCount(PLAN_TEMPLATE_SECTIONS.length + 1)
  await outline.getByRole('button', { name: 'Sustainability' }).click()
  await expect(editor.locator('h2', { hasText: 'Sustainability' })).toBeInViewport()

  // And the home page lists the new plan.
  await page.goto('/')
  await expect(page.getByTestId('plan-list')).toContainText('Ghana – Korea: digital identity')
})
