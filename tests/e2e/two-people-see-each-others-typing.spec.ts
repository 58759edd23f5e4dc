import { DEMO, expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

test('two people on one plan see each other’s text, carets and presence live', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.planIdOf('GH')
  const ama = await openAs(DEMO.ghanaDelegate, `/plans/${planId}`)
  const kwame = await openAs(DEMO.ghanaDelegate2, `/plans/${planId}`)
  await Promise.all([waitForSynced(ama), waitForSynced(kwame)])

  await expect(ama.getByTestId('presence').locator('li')).toHaveCount(2)
  await expect(kwame.getByTestId('presence')).toContainText('Ama Owusu')

  await typeAtEnd(ama, 'Ghana will pilot a one-stop portal.')
  await typeAtEnd(kwame, 'Mentors suggest Government24 as the model.')

  for (const page of [ama, kwame]) {
    await expect(editorOf(page)).toContainText('Ghana will pilot a one-stop portal.')
    await expect(editorOf(page)).toContainText('Mentors suggest Government24 as the model.')
  }
  await expect(editorOf(ama)).toHaveText((await editorOf(kwame).textContent()) ?? '')

  await expect(
    ama.locator('.collaboration-carets__label', { hasText: 'Kwame Mensah' }),
  ).toBeVisible()
  await expect(
    kwame.locator('.collaboration-carets__label', { hasText: 'Ama Owusu' }),
  ).toBeVisible()

  // A caret goes when its owner leaves.
  await kwame.close()
  await expect(
    ama.locator('.collaboration-carets__label', { hasText: 'Kwame Mensah' }),
  ).toHaveCount(0)
})
