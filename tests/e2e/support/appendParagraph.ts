import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { editorOf, typeAtEnd } from './editor'

/** Types `text` as a new last paragraph of the plan and checks it landed there. */
export const appendParagraph = async (page: Page, text: string): Promise<void> => {
  await typeAtEnd(page, text)
  await expect(editorOf(page).locator(':scope > p').last()).toHaveText(text)
}
