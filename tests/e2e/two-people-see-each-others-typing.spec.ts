import { expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

test('two people on one plan see each other’s text, carets and presence live', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.firstPlanId()
  const amina = await openAs('Amina Mensah', `/plans/${planId}`)
  const bakyt = await openAs('Bakyt Uulu', `/plans/${planId}`)
  await Promise.all([waitForSynced(amina), waitForSynced(bakyt)])

  await expect(amina.getByTestId('presence').locator('li')).toHaveCount(2)
  await expect(bakyt.getByTestId('presence')).toContainText('Amina Mensah')

  await typeAtEnd(amina, 'Ghana will pilot a one-stop portal.')
  await typeAtEnd(bakyt, 'Mentors suggest Government24 as the model.')

  for (const page of [amina, bakyt]) {
    await expect(editorOf(page)).toContainText('Ghana will pilot a one-stop portal.')
    await expect(editorOf(page)).toContainText('Mentors suggest Government24 as the model.')
  }
  await expect(editorOf(amina)).toHaveText((await editorOf(bakyt).textContent()) ?? '')

  await expect(
    amina.locator('.collaboration-carets__label', { hasText: 'Bakyt Uulu' }),
  ).toBeVisible()
  await expect(
    bakyt.locator('.collaboration-carets__label', { hasText: 'Amina Mensah' }),
  ).toBeVisible()
})
