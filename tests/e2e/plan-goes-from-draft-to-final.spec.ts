import { DEMO, expect, test } from './support/fixtures'
import { appendParagraph } from './support/appendParagraph'
import { editorOf, waitForSynced } from './support/editor'
import { moveStatus, refocus } from './support/workflow'

const FIRST_DRAFT = 'The one-stop portal will serve two million citizens by 2028.'
const BUDGET = 'Budget: 4.2 billion won over three years, shared by both ministries.'

test('a plan goes from draft to final through review, its versions compare, and a restore reaches everyone live', async ({
  coplan,
  openAs,
}) => {
  const planPath = `/plans/${await coplan.planIdOf('GH')}`

  // The delegate writes and submits the draft, with a message for the mentors.
  const ama = await openAs(DEMO.ghanaDelegate, planPath)
  await waitForSynced(ama)
  await expect(ama.getByTestId('plan-status')).toHaveText('Draft')
  await appendParagraph(ama, FIRST_DRAFT)
  await moveStatus(ama, 'Submit for review', 'Please start with the objectives.')
  await expect(ama.getByTestId('plan-status')).toHaveText('In review')
  // A plan in review is the mentors' move: the delegate has none left.
  await expect(ama.getByTestId('status-actions').getByRole('button')).toHaveCount(0)

  // The mentor sees what was asked and requests changes.
  const kim = await openAs(DEMO.mentorKim, planPath)
  await expect(kim.getByTestId('plan-status')).toHaveText('In review')
  await expect(kim.getByTestId('last-status-change')).toContainText(
    'Please start with the objectives.',
  )
  await moveStatus(kim, 'Request changes', 'Add the budget, please.')
  await expect(kim.getByTestId('plan-status')).toHaveText('Changes requested')

  // The delegate's open editor shows the request as it happens (pushed by the server: her
  // rights did not change, and the fallback poll is minutes away); she edits and resubmits.
  await expect(ama.getByTestId('plan-status')).toHaveText('Changes requested')
  await expect(ama.getByTestId('last-status-change')).toContainText('Add the budget, please.')
  await appendParagraph(ama, BUDGET)
  await moveStatus(ama, 'Resubmit for review')
  await expect(ama.getByTestId('plan-status')).toHaveText('In review')

  // The mentor marks it reviewed; the admin finalizes it.
  await refocus(kim)
  await expect(kim.getByTestId('plan-status')).toHaveText('In review')
  await moveStatus(kim, 'Mark as reviewed')
  await expect(kim.getByTestId('plan-status')).toHaveText('Reviewed')
  const admin = await openAs(DEMO.admin, planPath)
  await waitForSynced(admin)
  await moveStatus(admin, 'Finalize')
  await expect(admin.getByTestId('plan-status')).toHaveText('Final')

  // The delegate's open editor turns read-only at once and says why.
  await expect(ama.getByTestId('editor')).toHaveAttribute('data-editable', 'false')
  await expect(editorOf(ama)).toHaveAttribute('contenteditable', 'false')
  await expect(ama.getByTestId('session-banner')).toContainText(/final/i)
  await expect(ama.getByTestId('plan-status')).toHaveText('Final')

  // The history holds a version for every status change, newest first.
  await admin.getByRole('link', { name: 'History' }).click()
  const versions = admin.getByTestId('history-panel').getByTestId('version-item')
  await expect(versions).toHaveText([
    /Finalized/,
    /Marked as reviewed/,
    /Submitted for review/,
    /Changes requested/,
    /Submitted for review/,
  ])

  // The first submission, read-only, then compared with the current text: the budget is new.
  await versions.last().getByRole('link').click()
  await expect(admin.getByTestId('version-title')).toHaveText('Submitted for review')
  await expect(admin.getByTestId('version-content')).toContainText(FIRST_DRAFT)
  await expect(admin.getByTestId('version-content')).not.toContainText(BUDGET)
  await admin.getByLabel('Compare with').selectOption({ label: 'Current text' })
  const compare = admin.getByTestId('compare-view')
  await expect(compare.locator('[data-op="insert"]')).toHaveText(/4\.2 billion won/)
  await expect(compare.locator('[data-op="insert"]')).toHaveCount(1)
  await expect(compare.getByTestId('change-summary')).toContainText('Sustainability')

  // The admin restores that version; the delegate sees the text go back, live.
  await expect(editorOf(ama)).toContainText(BUDGET)
  await admin.getByRole('button', { name: 'Restore this version' }).click()
  await admin.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  await expect(admin.getByRole('dialog')).toBeHidden()
  await expect(editorOf(ama)).not.toContainText(BUDGET)
  await expect(editorOf(ama)).toContainText(FIRST_DRAFT)
  // The restore is a version of its own, and the comparison now finds nothing.
  await expect(versions.first()).toContainText('Restored “Submitted for review”')
  await expect(compare.getByTestId('change-summary')).toHaveText('No differences.')
})
