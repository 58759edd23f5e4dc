import { DEMO, expect, test } from './support/fixtures'
import { selectText, threadsOf } from './support/comments'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

test('a comment mentioning someone reaches their notifications and leads them to the thread', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.planIdOf('GH')
  // Kwame is on the plans page already, with nothing new.
  const kwame = await openAs(DEMO.ghanaDelegate2, '/')
  await expect(kwame.getByTestId('notifications-button')).toBeVisible()
  await expect(kwame.getByTestId('notifications-badge')).toHaveCount(0)
  const ama = await openAs(DEMO.ghanaDelegate, `/plans/${planId}`)
  await waitForSynced(ama)
  await typeAtEnd(ama, 'Permits are issued by the district assemblies.')

  // Escape closes a new comment without a trace.
  await selectText(ama, 'district assemblies')
  await ama.keyboard.press('ControlOrMeta+Alt+m')
  await expect(ama.getByTestId('comment-draft').getByRole('combobox')).toBeFocused()
  await expect(editorOf(ama).locator('.comment-highlight--draft')).toHaveText('district assemblies')
  await ama.keyboard.press('Escape')
  await expect(ama.getByTestId('comment-draft')).toHaveCount(0)
  await expect(editorOf(ama).locator('.comment-highlight')).toHaveCount(0)

  // Mention with autocomplete: "@Kw" suggests Kwame, Enter takes the suggestion.
  await selectText(ama, 'district assemblies')
  await ama.getByRole('toolbar').getByRole('button', { name: 'Add comment' }).click()
  const composer = ama.getByTestId('comment-draft').getByRole('combobox')
  await expect(composer).toBeFocused()
  await ama.keyboard.type('@Kw')
  const suggestions = ama.getByRole('listbox', { name: 'People to mention' })
  await expect(suggestions.getByRole('option')).toHaveText([/Kwame Mensah/])
  await ama.keyboard.press('Enter')
  await expect(composer).toHaveValue('@Kwame Mensah ')
  await ama.keyboard.type('can you check which assemblies?')
  await ama.keyboard.press('ControlOrMeta+Enter')
  await expect(threadsOf(ama)).toHaveCount(1)
  const thread = threadsOf(ama).first()
  await expect(thread.locator('.comment-mention')).toHaveText('@Kwame Mensah')
  const threadId = await thread.getAttribute('data-thread-id')

  // Kwame's page shows one unread notification at once, pushed by the server (its fallback
  // poll is minutes away) and without a reload.
  await expect(kwame.getByTestId('notifications-badge')).toHaveText('1')
  await kwame.getByTestId('notifications-button').click()
  const menu = kwame.getByTestId('notifications-menu')
  await expect(menu).toBeVisible()
  const notification = menu.getByTestId('notification').first()
  await expect(notification).toContainText('Ama Owusu mentioned you')
  await expect(notification).toContainText('can you check which assemblies?')

  // Opening it goes to the plan with the thread focused and its passage emphasised.
  await notification.click()
  await expect(kwame).toHaveURL(new RegExp(`/plans/${planId}$`))
  await waitForSynced(kwame)
  const focused = kwame.locator(`[data-testid="comment-thread"][data-thread-id="${threadId}"]`)
  await expect(focused).toHaveAttribute('data-active', 'true')
  await expect(editorOf(kwame).locator('.comment-highlight--active')).toHaveText(
    'district assemblies',
  )
  // It is read now.
  await expect(kwame.getByTestId('notifications-badge')).toHaveCount(0)
})
