import { HANGUKEO, typeThroughInputMethod } from './support/composition'
import { editorOf, typeAtEnd, waitForSynced } from './support/editor'
import { DEMO, expect, test } from './support/fixtures'

test('text composed with a Korean input method lands whole, in order, for everyone', async ({
  coplan,
  openAs,
}) => {
  const planId = await coplan.planIdOf('GH')
  const ama = await openAs(DEMO.ghanaDelegate, `/plans/${planId}`)
  const kwame = await openAs(DEMO.ghanaDelegate2, `/plans/${planId}`)
  await Promise.all([waitForSynced(ama), waitForSynced(kwame)])

  // Counted, to be sure the editor saw real compositions, not plain typing.
  await editorOf(ama).evaluate((dom) => {
    const counted = dom as HTMLElement & { compositions?: number }
    counted.compositions = 0
    dom.addEventListener('compositionend', () => {
      counted.compositions = (counted.compositions ?? 0) + 1
    })
  })

  // Between typed words, and right after Enter, where Chrome once misplaced the caret.
  await typeAtEnd(ama, 'Summary in ')
  await typeThroughInputMethod(ama, HANGUKEO)
  await ama.keyboard.type(' for the ministry.')
  await ama.keyboard.press('Enter')
  await typeThroughInputMethod(ama, HANGUKEO)
  await ama.keyboard.type(' first.')

  expect(
    await editorOf(ama).evaluate(
      (dom) => (dom as HTMLElement & { compositions?: number }).compositions,
    ),
  ).toBe(2 * HANGUKEO.length)
  for (const page of [ama, kwame]) {
    await expect(editorOf(page)).toContainText('Summary in 한국어 for the ministry.')
    await expect(editorOf(page)).toContainText('한국어 first.')
  }
  // No half-composed letters are left behind anywhere.
  for (const jamo of ['ㅎ', 'ㄱ', 'ㅇ', '하', '구']) {
    await expect(editorOf(kwame)).not.toContainText(jamo)
  }
  await expect(editorOf(ama)).toHaveText((await editorOf(kwame).textContent()) ?? '')
})
