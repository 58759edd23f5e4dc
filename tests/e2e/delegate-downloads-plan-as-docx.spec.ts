import { DEMO, expect, test } from './support/fixtures'
import { appendParagraph } from './support/appendParagraph'
import { bytesOf, downloadFrom, unzipped } from './support/download'
import { waitForSynced } from './support/editor'

const LINE = 'Exported line: the portal opens in every district by 2027.'

test('a delegate downloads their plan as a DOCX with the text just typed', async ({
  coplan,
  openAs,
}) => {
  const ama = await openAs(DEMO.ghanaDelegate, `/plans/${await coplan.planIdOf('GH')}`)
  await waitForSynced(ama)
  await appendParagraph(ama, LINE)
  await expect(ama.getByTestId('save-status')).toHaveAttribute('data-state', 'saved')

  // Keyboard: the Export button opens the dialog, DOCX is the default format.
  await ama.getByTestId('export-button').focus()
  await ama.keyboard.press('Enter')
  const dialog = ama.getByRole('dialog', { name: 'Export the plan' })
  await expect(dialog.getByRole('radio', { name: 'Word (DOCX)' })).toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Text' })).toHaveValue('')

  const download = await downloadFrom(ama, dialog.getByRole('button', { name: 'Download' }))
  expect(download.suggestedFilename()).toMatch(/\.docx$/)
  const files = unzipped(await bytesOf(download))
  const documentXml = files['word/document.xml']
  expect(documentXml, 'word/document.xml in the DOCX').toBeDefined()
  expect(new TextDecoder().decode(documentXml)).toContain(LINE)
  await expect(dialog.getByText('The download has started.', { exact: false })).toBeVisible()
})
