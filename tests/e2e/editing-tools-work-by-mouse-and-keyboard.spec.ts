import { DEMO, expect, test } from './support/fixtures'
import type { EditorStateLike } from './support/editor'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

test('formatting, tables and the word count work from the toolbar and the keyboard', async ({
  coplan,
  openAs,
}) => {
  const page = await openAs(DEMO.ghanaDelegate, `/plans/${await coplan.planIdOf('GH')}`)
  await waitForSynced(page)
  const editor = editorOf(page)
  const countOf = async () =>
    Number(await page.getByTestId('word-count').getAttribute('data-count'))
  // The template's own words (headings, table headers) are counted once the count settles.
  await expect.poll(countOf).toBeGreaterThan(20)
  const words = await countOf()

  await typeAtEnd(page, 'Pilot in three regions')
  await expect(page.getByTestId('word-count')).toHaveAttribute('data-count', String(words + 4))
  // Select the line just typed; on a busy machine a key can land before ProseMirror has
  // settled its selection, and ProseMirror reads a changed browser selection a moment later
  // (on selectionchange), so select until the editor itself holds exactly that line.
  await expect
    .poll(async () => {
      await page.keyboard.press('End')
      await page.keyboard.press('Shift+Home')
      return editor.evaluate((dom) => {
        const { state } = (dom as HTMLElement & { editor: { state: EditorStateLike } }).editor
        return state.doc.textBetween(state.selection.from, state.selection.to)
      })
    })
    .toBe('Pilot in three regions')
  await page.keyboard.press('ControlOrMeta+b')
  await expect(editor.locator('strong', { hasText: 'Pilot in three regions' })).toBeVisible()
  await page.getByRole('button', { name: /^Italic/ }).click()
  await expect(editor.locator('strong em, em strong').first()).toHaveText('Pilot in three regions')

  // A table from the toolbar, grown and shrunk.
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  const tables = await editor.locator('table').count()
  await page.getByRole('button', { name: /^Insert table/ }).click()
  await expect(editor.locator('table')).toHaveCount(tables + 1)
  const table = editor.locator('table').nth(tables)
  await expect(table.locator('tr')).toHaveCount(3)
  await page.getByRole('button', { name: /^Add row below/ }).click()
  await expect(table.locator('tr')).toHaveCount(4)
  await page.getByRole('button', { name: /^Add column to the right/ }).click()
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(4)
  await page.getByRole('button', { name: /^Delete column/ }).click()
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(3)
  await page.getByRole('button', { name: /^Delete table/ }).click()
  await expect(editor.locator('table')).toHaveCount(tables)

  // The toolbar is one Tab stop whose buttons the arrow keys walk through.
  await page.getByRole('button', { name: /^Bold/ }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: /^Italic/ })).toBeFocused()
})

test('undo takes back only your own changes, not a collaborator’s', async ({ coplan, openAs }) => {
  const planId = await coplan.planIdOf('GH')
  const hana = await openAs(DEMO.ghanaDelegate, `/plans/${planId}`)
  const ivan = await openAs(DEMO.ghanaDelegate2, `/plans/${planId}`)
  await Promise.all([waitForSynced(hana), waitForSynced(ivan)])

  await typeAtEnd(hana, 'Hana drafted this.')
  await expect(editorOf(ivan)).toContainText('Hana drafted this.')
  await typeAtEnd(ivan, 'Ivan added that.')
  await expect(editorOf(hana)).toContainText('Ivan added that.')

  await editorOf(hana).click()
  await hana.keyboard.press('ControlOrMeta+z')
  for (const page of [hana, ivan]) {
    await expect(editorOf(page)).not.toContainText('Hana drafted this.')
    await expect(editorOf(page)).toContainText('Ivan added that.')
  }
  await hana.getByRole('button', { name: /^Redo/ }).click()
  await expect(editorOf(ivan)).toContainText('Hana drafted this.')
})
