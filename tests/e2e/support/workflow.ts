import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/**
 * Makes a status change from the editor's workflow bar as a person would: the action's button,
 * then its dialog with an optional message (the reason, to reopen), confirmed by the same name.
 */
export const moveStatus = async (page: Page, action: string, message?: string): Promise<void> => {
  await page.getByTestId('status-actions').getByRole('button', { name: action }).click()
  const dialog = page.getByRole('dialog')
  if (message) await dialog.getByRole('textbox').fill(message)
  await dialog.getByRole('button', { name: action }).click()
  await expect(dialog).toBeHidden()
}

/** As a signed-in page's person, through the API: moves a plan to `to` (admins may make every move). */
export const moveStatusThroughApi = async (
  page: Page,
  baseURL: string,
  planId: string,
  to: string,
  message?: string,
): Promise<void> => {
  const response = await page.request.post(`/api/plans/${encodeURIComponent(planId)}/status`, {
    headers: { origin: baseURL },
    data: message ? { to, message } : { to },
  })
  expect(response.status(), `moving plan ${planId} to ${to}`).toBe(200)
}

/**
 * Brings a page back to its person's attention, as switching to its window does: pages re-read
 * what others may have changed meanwhile (a plan's status), without a reload.
 */
export const refocus = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
}
