import { DEMO, DEMO_PASSWORD, expect, test } from './support/fixtures'
import { waitForSynced } from './support/editor'

test('signing in, signing out, and coming back to the plan one was opening', async ({
  coplan,
  openSignedOut,
}) => {
  const page = await openSignedOut('/')
  await expect(page).toHaveURL(/\/sign-in$/)

  await page.getByLabel('Email').fill(DEMO.ghanaDelegate)
  await page.getByLabel('Password').fill('not the password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText('The email or password is not correct.')

  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Your plans' })).toBeVisible()
  await expect(page).toHaveURL(`${coplan.url}/`)
  await expect(page.getByTestId('signed-in-as')).toContainText('Signed in as Ama Owusu')
  await expect(page.getByTestId('signed-in-as')).toContainText('Delegate · Ghana')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/)
  await expect(page.getByTestId('sign-in-reason')).toHaveText('You have signed out.')

  // Signed out for real: a plan's address leads to sign-in, and from there to the plan.
  const planPath = `/plans/${await coplan.planIdOf('GH')}`
  await page.goto(planPath)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await page.getByLabel('Email').fill(DEMO.ghanaDelegate)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`${coplan.url}${planPath}`)
  await waitForSynced(page)

  // Signing out of an open plan closes its connection too; the page still says who did it.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/)
  await expect(page.getByTestId('sign-in-reason')).toHaveText('You have signed out.')
})
