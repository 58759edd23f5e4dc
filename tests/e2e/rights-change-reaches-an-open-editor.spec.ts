import { DEMO, DEMO_PASSWORD, expect, test } from './support/fixtures'
import { teamIdOf, updateUserThroughApi, userIdOf } from './support/api'
import { editorOf, waitForSynced } from './support/editor'

test('a delegate deactivated by an admin is signed out of the plan they have open', async ({
  coplan,
  openAs,
}) => {
  const planPath = `/plans/${await coplan.planIdOf('GH')}`
  const delegate = await openAs(DEMO.ghanaDelegate2, planPath)
  await waitForSynced(delegate)

  const admin = await openAs(DEMO.admin, '/admin')
  await admin.getByRole('button', { name: 'Manage Kwame Mensah' }).click()
  const dialog = admin.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Deactivate' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Deactivated.')

  await expect(delegate).toHaveURL(/\/sign-in\?next=.*reason=session-ended/, { timeout: 5_000 })
  await expect(delegate.getByTestId('sign-in-reason')).toContainText('You were signed out')

  // And the account is closed: the password no longer opens it.
  await delegate.getByLabel('Email').fill(DEMO.ghanaDelegate2)
  await delegate.getByLabel('Password').fill(DEMO_PASSWORD)
  await delegate.getByRole('button', { name: 'Sign in' }).click()
  await expect(delegate.getByRole('alert')).toHaveText('The email or password is not correct.')
})

test('a mentor taken off a team loses its open plan at once, with a message', async ({
  coplan,
  openAs,
}) => {
  const mentor = await openAs(DEMO.mentorKim, `/plans/${await coplan.planIdOf('GH')}`)
  await waitForSynced(mentor)
  await expect(mentor.getByTestId('editor')).toHaveAttribute('data-editable', 'false')

  const admin = await openAs(DEMO.admin)
  const kim = await userIdOf(admin.request, DEMO.mentorKim)
  const peru = await teamIdOf(admin.request, 'PE')
  await updateUserThroughApi(admin.request, coplan.url, kim, { mentorTeamIds: [peru] })

  await expect(mentor.getByTestId('session-banner')).toContainText(
    'Your access to this plan was removed.',
    { timeout: 5_000 },
  )
  await expect(mentor.getByTestId('connection-status')).toHaveAttribute('data-state', 'closed')
  await mentor.getByTestId('session-banner').getByRole('link', { name: 'Go to all plans' }).click()
  await expect(mentor.getByTestId('plan-list')).toContainText('Peru')
  await expect(mentor.getByTestId('plan-list')).not.toContainText('Ghana')
})

test('a delegate who becomes a mentor of their team is downgraded to reading, live', async ({
  coplan,
  openAs,
}) => {
  const delegate = await openAs(DEMO.ghanaDelegate, `/plans/${await coplan.planIdOf('GH')}`)
  await waitForSynced(delegate)
  await expect(delegate.getByTestId('editor')).toHaveAttribute('data-editable', 'true')

  const admin = await openAs(DEMO.admin)
  const ama = await userIdOf(admin.request, DEMO.ghanaDelegate)
  const ghana = await teamIdOf(admin.request, 'GH')
  await updateUserThroughApi(admin.request, coplan.url, ama, {
    role: 'mentor',
    mentorTeamIds: [ghana],
  })

  await expect(delegate.getByTestId('editor')).toHaveAttribute('data-editable', 'false', {
    timeout: 5_000,
  })
  await expect(editorOf(delegate)).toHaveAttribute('contenteditable', 'false')
  await expect(delegate.getByTestId('signed-in-as')).toContainText('Mentor · Ghana')
  await expect(delegate.getByTestId('session-banner')).toContainText(
    'You are a mentor of this team',
  )
  await expect(delegate.getByTestId('connection-status')).toHaveAttribute('data-state', 'synced')
})
