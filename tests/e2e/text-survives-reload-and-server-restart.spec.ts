import { DEMO, expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

test('text survives a reload and a killed server, and the status shows the outage', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.planIdOf('PE')
  const page = await openAs(DEMO.peruDelegate, `/plans/${planId}`)
  await waitForSynced(page)

  await typeAtEnd(page, 'Written before the reload.')
  // Another person seeing it proves the server has it.
  const witness = await openAs(DEMO.mentorKim, `/plans/${planId}`)
  await expect(editorOf(witness)).toContainText('Written before the reload.')
  await witness.context().close()

  await page.reload()
  await waitForSynced(page)
  await expect(editorOf(page)).toContainText('Written before the reload.')

  await typeAtEnd(page, 'Written before the crash.')
  const second = await openAs(DEMO.admin, `/plans/${planId}`)
  await expect(editorOf(second)).toContainText('Written before the crash.')
  await second.context().close()

  await coplan.restart({ signal: 'SIGKILL' })
  // The page notices the outage, reconnects by itself, and syncs again.
  await waitForSynced(page)
  await page.reload()
  await waitForSynced(page)
  await expect(editorOf(page)).toContainText('Written before the reload.')
  await expect(editorOf(page)).toContainText('Written before the crash.')
})

test('the status tells the person when the connection is lost', async ({ coplan, openAs }) => {
  const planId = await coplan.planIdOf('UZ')
  const page = await openAs(DEMO.uzbekDelegate, `/plans/${planId}`)
  await waitForSynced(page)
  await page.context().setOffline(true)
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline', {
    timeout: 40_000,
  })
  await page.context().setOffline(false)
  await waitForSynced(page)
})
