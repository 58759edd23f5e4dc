import { DEMO, expect, test } from './support/fixtures'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'

/** Blockquotes `depth` deep, with `kept` in the one at depth 46 and `dropped` at the bottom. */
const nestedQuotes = (depth: number, kept: string, dropped: string): string => {
  let html = `<p>${dropped}</p>`
  for (let level = depth; level >= 1; level--) {
    html = `<blockquote>${level === 46 ? `<p>${kept}</p>` : ''}${html}</blockquote>`
  }
  return html
}

// What other sites and Word put on the clipboard, beyond what a plan may hold: the editor
// keeps what it can (the text always) within the limits, so the server refuses nothing (the
// fixture fails the test on any refusal in the server's log).
const PASTED = [
  '<p><a href="javascript:alert(1)">A script link</a>, ',
  `<a href="https://www.gov.kr" title="${'t'.repeat(5000)}">Gov24</a> and `,
  '<a href="ftp://files.example.org/plan.pdf">Files</a></p>',
  '<table><tbody><tr><td colspan="1000000" colwidth="99999999">Wide cell</td>',
  '<td rowspan="5000">Tall cell</td></tr></tbody></table>',
  '<ol start="-3"><li><p>Minus one</p></li></ol>',
  `<pre><code class="language-${'x'.repeat(400)}">npm start</code></pre>`,
  nestedQuotes(60, 'Deepest kept', 'Too deep'),
].join('')

test('pasted links, tables, lists and quotes keep within the plan limits and reach everyone', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.planIdOf('GH')
  const ama = await openAs(DEMO.ghanaDelegate, `/plans/${planId}`)
  const kwame = await openAs(DEMO.ghanaDelegate2, `/plans/${planId}`)
  await Promise.all([waitForSynced(ama), waitForSynced(kwame)])

  await typeAtEnd(ama, 'Pasted from the ministry site:')
  await editorOf(ama).evaluate((dom, html) => {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/html', html)
    clipboardData.setData('text/plain', 'pasted')
    dom.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    )
  }, PASTED)

  const seen = editorOf(kwame)
  for (const text of [
    'A script link',
    'Gov24',
    'Files',
    'Wide cell',
    'Tall cell',
    'Minus one',
    'npm start',
    'Deepest kept',
  ]) {
    await expect(seen).toContainText(text)
  }
  await expect(seen).not.toContainText('Too deep')
  await expect(seen.locator('a[href="https://www.gov.kr"]')).toHaveText('Gov24')
  await expect(seen.locator('a', { hasText: 'A script link' })).toHaveCount(0)
  await expect(seen.locator('a', { hasText: 'Files' })).toHaveCount(0)

  // Both still write and see each other: nobody's session was closed.
  await typeAtEnd(kwame, 'Kwame writes after the paste.')
  await expect(editorOf(ama)).toContainText('Kwame writes after the paste.')
  await expect(ama.getByTestId('connection-status')).toHaveAttribute('data-state', 'synced')
})
