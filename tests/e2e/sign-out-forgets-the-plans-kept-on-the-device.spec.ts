import type { Page } from '@playwright/test'
import { DEMO, expect, test } from './support/fixtures'
import { typeAtEnd, waitForSynced } from './support/editor'

/** The names of the IndexedDB databases and localStorage keys this page's origin holds. */
const kept = (page: Page) =>
  page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
    stored: Object.keys(localStorage),
  }))

test('signing out forgets the plans kept on the device, after asking about changes not yet sent', async ({
  coplan,
  openAs,
}) => {
  const planPath = `/plans/${await coplan.planIdOf('GH')}`
  const ama = await openAs(DEMO.ghanaDelegate, planPath)
  const { user } = (await (await ama.request.get('/api/auth/me')).json()) as {
    user: { id: string }
  }
  const mine = (name: string) => name.startsWith(`coplan:${user.id}:`)
  await waitForSynced(ama)
  await typeAtEnd(ama, 'Sent before the trip.')
  await expect(ama.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  expect((await kept(ama)).databases.filter(mine)).toHaveLength(1)

  // Offline, Ama writes more, then leaves the plan; back online, she signs out from the list.
  await ama.context().setOffline(true)
  await expect(ama.getByTestId('offline-banner')).toBeVisible()
  await typeAtEnd(ama, 'Written on the train.')
  await expect(ama.getByTestId('save-status')).toHaveAttribute('data-state', 'unsaved-offline')
  await ama.getByRole('link', { name: 'All plans' }).click()
  await ama.context().setOffline(false)
  await ama.getByRole('button', { name: 'Sign out' }).click()

  // She is asked first, with the plan named, and stays.
  const dialog = ama.getByRole('dialog', { name: 'Changes not yet sent' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('unsent-plans')).toContainText('Ghana')
  await dialog.getByRole('button', { name: 'Stay signed in' }).click()
  await expect(dialog).toBeHidden()
  await expect(ama.getByTestId('signed-in-as')).toBeVisible()

  // Opening the plan online sends the text; now signing out asks nothing and forgets it all.
  await ama.goto(planPath)
  await waitForSynced(ama)
  await expect(ama.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')
  await ama.getByRole('button', { name: 'Sign out' }).click()
  await expect(ama).toHaveURL(/\/sign-in\?reason=signed-out$/)
  await expect.poll(async () => (await kept(ama)).databases.filter(mine)).toEqual([])
  expect((await kept(ama)).stored.filter(mine)).toEqual([])

  // Nothing was lost: the server has both lines.
  const kwame = await openAs(DEMO.ghanaDelegate2, planPath)
  await waitForSynced(kwame)
  await expect(kwame.getByTestId('editor')).toContainText('Sent before the trip.')
  await expect(kwame.getByTestId('editor')).toContainText('Written on the train.')
})
