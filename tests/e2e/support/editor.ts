import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** What tests read of TipTap's editor, which TipTap puts on its element as `editor`. */
export interface EditorStateLike {
  doc: {
    content: { size: number }
    textBetween(from: number, to: number): string
  }
  selection: { from: number; to: number }
}

/** The editable ProseMirror element of the plan editor. */
export const editorOf = (page: Page): Locator => page.getByTestId('editor').locator('.ProseMirror')

/** Waits until the page's editor is connected and synced with the server. */
export const waitForSynced = async (page: Page): Promise<void> => {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'synced')
}

/**
 * Puts the caret at the very end of the plan and types `text` as a new paragraph. It presses
 * Ctrl+End until the caret is in the last block: on a busy machine ProseMirror may apply the
 * click's own selection after the key, and the text would land wherever the click was.
 */
export const typeAtEnd = async (page: Page, text: string): Promise<void> => {
  const editor = editorOf(page)
  await editor.click()
  // Keys pressed before ProseMirror has taken focus would land in the page, not the plan.
  await expect(editor).toBeFocused()
  await expect
    .poll(async () => {
      await page.keyboard.press('ControlOrMeta+End')
      // Both the browser's selection and ProseMirror's: ProseMirror reads a changed browser
      // selection a moment later (on selectionchange), and Enter acts on its own.
      return editor.evaluate((dom) => {
        const anchor = window.getSelection()?.anchorNode
        const inLastBlock = Boolean(anchor && dom.lastElementChild?.contains(anchor))
        const { state } = (dom as HTMLElement & { editor: { state: EditorStateLike } }).editor
        // At the very end of the last paragraph (just inside its closing), not merely in it.
        const end = state.doc.content.size - 1
        return inLastBlock && state.selection.from === end && state.selection.to === end
      })
    })
    .toBe(true)
  await page.keyboard.press('Enter')
  await page.keyboard.type(text)
}
