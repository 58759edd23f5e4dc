import type { Page, WebSocketRoute } from '@playwright/test'
import { MessageType } from '@coplan/protocol'
import { DEMO, expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

/**
 * Routes the page's plan sockets through the test, which can hold back the server's
 * PersistedAck messages: while they are held, the server has the text but has not said so, and
 * the page must not claim that everything is saved.
 */
const routeAcks = async (page: Page) => {
  let holding = false
  const held: { route: WebSocketRoute; message: string | Buffer }[] = []
  await page.routeWebSocket(/\/collab\//, (socket) => {
    const server = socket.connectToServer()
    server.onMessage((message) => {
      const isAck = typeof message !== 'string' && message[0] === MessageType.PersistedAck
      if (holding && isAck) held.push({ route: socket, message })
      else socket.send(message)
    })
  })
  return {
    hold: () => {
      holding = true
    },
    release: () => {
      holding = false
      for (const { route, message } of held.splice(0)) route.send(message)
    },
    heldCount: () => held.length,
  }
}

test('text written offline survives a reload and merges with the others once back online', async ({
  coplan,
  openAs,
}) => {
  const planPath = `/plans/${await coplan.planIdOf('GH')}`
  const ama = await openAs(DEMO.ghanaDelegate, planPath)
  const acks = await routeAcks(ama)
  // A fresh load, so that the plan socket goes through the route.
  await ama.reload()
  await waitForSynced(ama)
  const saveStatus = ama.getByTestId('save-status')
  await expect(saveStatus).toHaveAttribute('data-state', 'saved')
  await expect(saveStatus).toHaveText('All changes saved')
  // The page can reload offline only once the service worker keeps the app shell: its install
  // caches the whole shell first, which can take a while on a busy machine. What matters is
  // that the worker is active, not that it controls this page: a reload is a new navigation,
  // which the active worker serves. (Waiting for `controller` failed about 1 run in 6: this page
  // was loading while the worker activated, and `clients.claim()` takes only the pages open at
  // that moment, so it stayed uncontrolled although the worker was active with the shell.)
  await expect
    .poll(() => ama.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      timeout: 30_000,
    })
    .toBe('activated')

  const kwame = await openAs(DEMO.ghanaDelegate2, planPath)
  await waitForSynced(kwame)

  await ama.context().setOffline(true)
  await expect(ama.getByTestId('offline-banner')).toContainText('kept on this device')
  await typeAtEnd(ama, 'Written in the hotel without a network.')
  await expect(saveStatus).toHaveAttribute('data-state', 'unsaved-offline')
  await expect(saveStatus).toContainText('not yet on the server')

  // Meanwhile Kwame writes too, online.
  await typeAtEnd(kwame, 'Kwame adds a line meanwhile.')
  await expect(kwame.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')

  await ama.reload()
  await expect(editorOf(ama)).toContainText('Written in the hotel without a network.')
  await expect(ama.getByTestId('offline-banner')).toBeVisible()
  await expect(saveStatus).toHaveAttribute('data-state', 'unsaved-offline')
  await expect(editorOf(ama)).toHaveAttribute('contenteditable', 'true')
  await typeAtEnd(ama, 'And more after the reload.')
  await expect(editorOf(kwame)).not.toContainText('Written in the hotel')

  // Back online: the text reaches the server, but "saved" waits for its acknowledgement.
  acks.hold()
  await ama.context().setOffline(false)
  await waitForSynced(ama)
  await expect(ama.getByTestId('offline-banner')).toBeHidden()
  await expect(editorOf(kwame)).toContainText('Written in the hotel without a network.')
  await expect(editorOf(kwame)).toContainText('And more after the reload.')
  await expect(editorOf(ama)).toContainText('Kwame adds a line meanwhile.')
  await expect.poll(() => acks.heldCount()).toBeGreaterThan(0)
  await expect(saveStatus).toHaveAttribute('data-state', 'saving')
  // Online with unconfirmed changes, closing the tab asks first.
  const asked = ama.waitForEvent('dialog')
  await ama.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()

  acks.release()
  await expect(saveStatus).toHaveAttribute('data-state', 'saved')
  await expect(saveStatus).toHaveText('All changes saved')
  // Everything confirmed: the tab closes without a question.
  await ama.close({ runBeforeUnload: true })
  await expect.poll(() => ama.isClosed()).toBe(true)
})
