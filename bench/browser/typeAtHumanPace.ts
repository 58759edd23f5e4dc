import type { Page } from '@playwright/test'
import { PROBE_SOURCE } from './typingProbe'
import type { KeySample } from './typingProbe'

/** What is typed: plain prose, letters and spaces, which ProseMirror leaves to the browser. */
const TEXT = 'The pilot will start in two regions and report to the steering committee every month '

export interface TypingOptions {
  keystrokes: number
  /** Keystrokes typed first and not counted (the page's code warms up). */
  warmup: number
  /** Each key goes down this long after the previous one (uniformly in the range). */
  intervalMs: readonly [number, number]
  /** How long a key stays down before it goes up again. */
  holdMs: number
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Types into the focused element of `page` at a human pace and returns what the typing probe
 * recorded for each counted keystroke. Keys go through Playwright (CDP `Input.dispatchKeyEvent`),
 * so the browser handles them as real key presses: keydown, keypress, beforeinput, input, keyup.
 */
export const typeAtHumanPace = async (page: Page, options: TypingOptions): Promise<KeySample[]> => {
  await page.evaluate(PROBE_SOURCE)
  const total = options.warmup + options.keystrokes
  const [minMs, maxMs] = options.intervalMs
  let next = performance.now()
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(TEXT[i % TEXT.length] as string, { delay: options.holdMs })
    next += minMs + Math.random() * (maxMs - minMs)
    await sleep(next - performance.now())
  }
  // The last frames and Event Timing entries arrive after the last key.
  await sleep(500)
  const samples = (await page.evaluate('window.__typingProbe.read()')) as KeySample[]
  if (samples.length !== total) {
    throw new Error(`The page saw ${samples.length} of ${total} keystrokes`)
  }
  return samples.slice(options.warmup)
}
