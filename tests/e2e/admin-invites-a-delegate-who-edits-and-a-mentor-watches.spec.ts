import { DEMO, expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

const PLAN_TITLE = 'Kenya – Korea cooperation plan: mobile tax payments'
const DELEGATE = { name: 'Wanjiru Kamau', email: 'wanjiru.kamau@kenya.example' }

test('an admin invites a delegate who edits the team’s plan while a mentor watches, read-only', async ({
  openAs,
  openSignedOut,
}) => {
  const admin = await openAs(DEMO.admin)
  await admin.getByRole('link', { name: 'Course admin' }).click()
  await expect(admin.getByRole('heading', { name: 'Course admin' })).toBeVisible()

  // A team for Kenya, in the admin console.
  const teamForm = admin.getByTestId('new-team-form')
  await teamForm.getByLabel('Country', { exact: true }).fill('Kenya')
  await teamForm.getByLabel('Country code').fill('KE')
  await teamForm.getByRole('button', { name: 'Add team' }).click()
  await expect(admin.getByTestId('team-list')).toContainText('Kenya')

  // Its plan, from the home page's New-plan form.
  await admin.getByRole('link', { name: 'Start a plan' }).click()
  const planForm = admin.getByTestId('new-plan-form')
  await planForm.getByLabel('Delegation').selectOption({ label: 'Kenya' })
  await planForm.getByLabel('Title').fill(PLAN_TITLE)
  await planForm.getByRole('button', { name: 'Create plan' }).click()
  await expect(admin).toHaveURL(/\/plans\/[\w-]+$/)
  const planPath = new URL(admin.url()).pathname

  // A delegate for Kenya, and the invitation link to send them.
  await admin.goto('/admin')
  const personForm = admin.getByTestId('new-person-form')
  await personForm.getByLabel('Name').fill(DELEGATE.name)
  await personForm.getByLabel('Email').fill(DELEGATE.email)
  await personForm.getByLabel('Role').selectOption({ label: 'Delegate' })
  await personForm.getByLabel('Team').selectOption({ label: 'Kenya' })
  await personForm.getByRole('button', { name: 'Add and create invitation link' }).click()
  const invitationUrl = admin.getByTestId('invitation-url')
  await expect(invitationUrl).toHaveValue(/\/invite\/[\w-]+$/)
  const link = await invitationUrl.inputValue()
  const people = admin.getByTestId('people-table')
  await expect(people.locator(`tr[data-email="${DELEGATE.email}"]`)).toHaveAttribute(
    'data-state',
    'invited',
  )

  // Mentor Kim, of Ghana and Peru, mentors Kenya too.
  await admin.getByRole('button', { name: 'Manage Kim Min-jun' }).click()
  const dialog = admin.getByRole('dialog')
  await dialog.getByRole('checkbox', { name: 'Kenya' }).check()
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog).toBeHidden()
  await expect(people.locator(`tr[data-email="${DEMO.mentorKim}"]`)).toContainText('Kenya')

  // The delegate sets a password through the link and lands signed in, at home.
  const delegate = await openSignedOut(link)
  await expect(delegate.getByText(`This invitation is for ${DELEGATE.name}`)).toBeVisible()
  await delegate.getByLabel('New password').fill('short')
  await delegate.getByLabel('Repeat the password').fill('short')
  await delegate.getByRole('button', { name: 'Set password and sign in' }).click()
  await expect(delegate.getByRole('alert')).toContainText('at least 10 characters')
  await delegate.getByLabel('New password').fill('harambee-2026')
  await delegate.getByLabel('Repeat the password').fill('harambee-2026')
  await delegate.getByRole('button', { name: 'Set password and sign in' }).click()
  await expect(delegate.getByTestId('signed-in-as')).toContainText(DELEGATE.name)
  await expect(delegate.getByTestId('signed-in-as')).toContainText('Delegate · Kenya')
  await delegate.getByRole('link', { name: PLAN_TITLE }).click()
  await waitForSynced(delegate)
  await typeAtEnd(delegate, 'Kenya will pilot mobile tax payments in two counties.')

  // Mentor Kim opens the same plan: sees the delegate's text live, and cannot change it.
  const mentor = await openAs(DEMO.mentorKim, planPath)
  await waitForSynced(mentor)
  await expect(editorOf(mentor)).toContainText('Kenya will pilot mobile tax payments')
  await typeAtEnd(delegate, 'Written while the mentor watches.')
  await expect(editorOf(mentor)).toContainText('Written while the mentor watches.')
  await expect(mentor.getByTestId('editor')).toHaveAttribute('data-editable', 'false')
  await expect(editorOf(mentor)).toHaveAttribute('contenteditable', 'false')
  await expect(mentor.getByTestId('session-banner')).toContainText('You are a mentor of this team')
  const before = await editorOf(mentor).textContent()
  await editorOf(mentor).click()
  await mentor.keyboard.press('ControlOrMeta+End')
  await mentor.keyboard.type('The mentor tries to type.')
  await expect(editorOf(mentor)).toHaveText(before ?? '')
  await expect(delegate.getByTestId('presence')).toContainText('Kim Min-jun')
  await expect(editorOf(delegate)).not.toContainText('The mentor tries to type.')

  // A delegate of another team neither sees the plan nor opens it by its link.
  const peru = await openAs(DEMO.peruDelegate)
  await expect(peru.getByTestId('plan-list')).toContainText('Peru')
  await expect(peru.getByTestId('plan-list')).not.toContainText('Kenya')
  await peru.goto(planPath)
  await expect(peru.getByTestId('plan-refused')).toContainText('You don’t have access to this plan')
  await expect(peru.getByTestId('editor')).toHaveCount(0)
})
