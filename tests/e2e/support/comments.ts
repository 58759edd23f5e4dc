import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { editorOf } from './editor'

/**
 * Sets the page's selection on the first occurrence of `text` in the plan (within one text
 * node), as a person dragging over it would. Works in a read-only editor too.
 */
export const selectText = async (page: Page, text: string): Promise<void> => {
  await expect(editorOf(page)).toContainText(text)
  await editorOf(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1
      if (index < 0) continue
      const range = document.createRange()
      range.setStart(node, index)
      range.setEnd(node, index + wanted.length)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      return
    }
    throw new Error(`"${wanted}" is not in one text node of the plan`)
  }, text)
}

/** Puts the caret right after `text` in the (editable, focused) plan. */
export const placeCaretAfter = async (page: Page, text: string): Promise<void> => {
  const editor = editorOf(page)
  await editor.focus()
  await editor.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1
      if (index < 0) continue
      window.getSelection()?.collapse(node, index + wanted.length)
      return
    }
    throw new Error(`"${wanted}" is not in one text node of the plan`)
  }, text)
}

/** The comment threads the panel lists. */
export const threadsOf = (page: Page): Locator =>
  page.getByTestId('comments-panel').getByTestId('comment-thread')

/** The text under the comment highlights, in document order. */
export const highlightedText = async (page: Page): Promise<string> =>
  (await editorOf(page).locator('.comment-highlight').allTextContents()).join('')

/** Selects `text`, opens the composer with the shortcut, writes `body` and sends it. */
export const commentOn = async (page: Page, text: string, body: string): Promise<void> => {
  await selectText(page, text)
  await page.keyboard.press('ControlOrMeta+Alt+m')
  const draft = page.getByTestId('comment-draft')
  await expect(draft.getByTestId('comment-composer').getByRole('combobox')).toBeFocused()
  await page.keyboard.type(body)
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(draft).toHaveCount(0)
}
