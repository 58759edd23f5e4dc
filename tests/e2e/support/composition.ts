import type { Page } from '@playwright/test'

/**
 * What a Korean (or Japanese, Chinese) input method does while one syllable is typed: each
 * key press changes the text being composed, shown in place and not yet final, and the finished
 * syllable is then committed. Driven through Chromium's DevTools protocol, the way the
 * browser's own input method bridge drives the page (compositionstart, compositionupdate,
 * compositionend and the input events between them).
 */
export interface Syllable {
  /** The text shown after each key press, e.g. ㅎ, 하, 한. */
  composing: string[]
  /** What is committed at the end, e.g. 한. */
  commit: string
}

/** Types `syllables` at the caret through an input method, one after the other. */
export const typeThroughInputMethod = async (page: Page, syllables: Syllable[]): Promise<void> => {
  const session = await page.context().newCDPSession(page)
  try {
    for (const { composing, commit } of syllables) {
      for (const text of composing) {
        await session.send('Input.imeSetComposition', {
          text,
          selectionStart: text.length,
          selectionEnd: text.length,
        })
      }
      await session.send('Input.insertText', { text: commit })
    }
  } finally {
    await session.detach()
  }
}

/** 한국어 ("Korean") as a two-set Korean keyboard composes it. */
export const HANGUKEO: Syllable[] = [
  { composing: ['ㅎ', '하', '한'], commit: '한' },
  { composing: ['ㄱ', '구', '국'], commit: '국' },
  { composing: ['ㅇ', '어'], commit: '어' },
]
