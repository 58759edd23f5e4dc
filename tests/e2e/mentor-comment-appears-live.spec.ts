import { DEMO, expect, test } from './support/fixtures'
import { commentOn, highlightedText, placeCaretAfter, threadsOf } from './support/comments'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

// "Live" means without reloading, within a second or so; a little slack for a loaded machine.
const LIVE = { timeout: 3_000 }

test('a mentor’s comment reaches the team live, and its replies, edits and resolution reach everyone', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.planIdOf('GH')
  const ama = await openAs(DEMO.ghanaDelegate, `/plans/${planId}`)
  const kim = await openAs(DEMO.mentorKim, `/plans/${planId}`)
  await Promise.all([waitForSynced(ama), waitForSynced(kim)])

  await typeAtEnd(ama, 'Ghana will pilot a unified permit portal for builders.')
  await expect(editorOf(kim)).toContainText('unified permit portal for builders')

  // The mentor's text is read-only, but the mentor may comment.
  await expect(editorOf(kim)).toHaveAttribute('contenteditable', 'false')
  await commentOn(kim, 'unified permit portal', 'Which permits come first?')
  await expect(threadsOf(kim)).toHaveCount(1)
  expect(await highlightedText(kim)).toBe('unified permit portal')

  // The delegate sees the highlight and the thread at once.
  await expect(threadsOf(ama)).toHaveCount(1, LIVE)
  await expect(threadsOf(ama).first()).toContainText('Which permits come first?')
  await expect(threadsOf(ama).first()).toContainText('Kim Min-jun')
  await expect(threadsOf(ama).first()).toContainText('Mentor')
  await expect.poll(() => highlightedText(ama), LIVE).toBe('unified permit portal')

  // Clicking the passage focuses the thread; the delegate replies.
  await editorOf(ama).locator('.comment-highlight').first().click()
  const amaThread = threadsOf(ama).first()
  await expect(amaThread).toHaveAttribute('data-active', 'true')
  await expect(editorOf(ama).locator('.comment-highlight--active')).not.toHaveCount(0)
  await amaThread.getByRole('combobox').fill('Building permits, then business licences.')
  await amaThread.getByRole('button', { name: 'Reply', exact: true }).click()
  await expect(amaThread.getByTestId('comment')).toHaveCount(2)

  // The mentor, whose new thread is still focused, sees the reply live.
  const kimThread = threadsOf(kim).first()
  await expect(kimThread).toContainText('Building permits, then business licences.', LIVE)
  await expect(kimThread.getByTestId('comment').nth(1)).toContainText('Ama Owusu')
  await expect(kimThread.getByTestId('comment').nth(1)).toContainText('Delegate')
  await expect(kimThread.getByTestId('comment').nth(1)).toContainText('Ghana')

  // The delegate edits around and inside the passage: the highlight stays on the words.
  await placeCaretAfter(ama, 'will pilot a ')
  await ama.keyboard.type('national ')
  await placeCaretAfter(ama, 'unified ')
  await ama.keyboard.type('online ')
  await expect(editorOf(kim)).toContainText('a national unified online permit portal', LIVE)
  await expect.poll(() => highlightedText(kim), LIVE).toBe('unified online permit portal')
  await expect.poll(() => highlightedText(ama)).toBe('unified online permit portal')

  // The delegate resolves: the thread leaves the open filter for both, and shows under resolved.
  await amaThread.getByRole('button', { name: 'Resolve' }).click()
  for (const page of [ama, kim]) {
    await expect(threadsOf(page)).toHaveCount(0, LIVE)
    await expect(editorOf(page).locator('.comment-highlight')).toHaveCount(0)
  }
  await kim
    .getByTestId('comments-panel')
    .getByRole('radio', { name: /^Resolved/ })
    .check()
  await expect(threadsOf(kim)).toHaveCount(1)
  await expect(threadsOf(kim).first()).toHaveAttribute('data-status', 'resolved')
  await expect(threadsOf(kim).first()).toContainText('Resolved by Ama Owusu')
})
