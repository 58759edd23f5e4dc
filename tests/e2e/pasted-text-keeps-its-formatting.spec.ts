import { DEMO, expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

// Word processors put formatting in style attributes (Google Docs: a span with font-weight:700),
// which the editor reads while parsing the pasted HTML: the page's security policy must let
// style attributes apply, or the formatting is lost (and the fixture reports the violation).
test('text pasted from a word processor keeps its bold and italics', async ({ coplan, openAs }) => {
  const page = await openAs(DEMO.ghanaDelegate, `/plans/${await coplan.planIdOf('GH')}`)
  await waitForSynced(page)
  await typeAtEnd(page, 'Before the paste: ')
  await editorOf(page).evaluate((dom) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData(
      'text/html',
      '<b style="font-weight:normal" id="docs-internal-guid-1"><span style="font-weight:700">' +
        'Priority one</span><span style="font-weight:400"> and </span>' +
        '<span style="font-style:italic;font-weight:400">a pilot region</span></b>',
    )
    clipboardData.setData('text/plain', 'Priority one and a pilot region')
    dom.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    )
  })
  const pasted = editorOf(page).locator('p', { hasText: 'Priority one' })
  await expect(pasted.locator('strong')).toHaveText('Priority one')
  await expect(pasted.locator('em')).toHaveText('a pilot region')
  await expect(pasted).toContainText('Before the paste: Priority one and a pilot region')
})
