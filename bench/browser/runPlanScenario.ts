import type { Browser, Page } from '@playwright/test'
import { CursorCrowd } from './CursorCrowd'
import { createLongPlan } from './longPlan'
import { openPlanPage } from './openPlanPage'
import { PlanPositions } from './planPositions'
import { seedThreads } from './seedThreads'
import { startPlanServer } from './startPlanServer'
import type { KeySample } from './typingProbe'

/** How many carets and threads sit around the typing spot (on screen); the rest are spread. */
const NEAR_CARETS = 5
const NEAR_THREADS = 8

export interface PlanScenario {
  pages: number
  /** Remote collaborators moving their caret. */
  cursors: number
  /** How often each caret moves, about (see `CursorCrowd`). */
  caretMoveEveryMs: number
  /** Comment threads by a mentor. */
  threads: number
}

/**
 * One run against the real server and web app: a fresh server holding a plan of `pages`
 * pages with `threads` comment threads, `cursors` remote carets moving, and the plan open in
 * Chromium with the caret at the end of a paragraph in the middle of the plan; then `type`
 * types there and returns its samples. `page` may be used by `type` to look at the page
 * (screenshots, profiles).
 */
export const runPlanScenario = async (
  browser: Browser,
  scenario: PlanScenario,
  type: (page: Page) => Promise<KeySample[]>,
): Promise<{ samples: KeySample[]; caretMoves: number; words: number }> => {
  const { doc, words } = createLongPlan({ pages: scenario.pages })
  const server = await startPlanServer({ doc, collaborators: scenario.cursors })
  const positions = new PlanPositions(server.state)
  const near = positions.middleParagraph()
  const crowd = new CursorCrowd({
    urls: server.tokens.map((token) => server.collabUrl(token)),
    positions,
    near,
    nearCount: Math.min(NEAR_CARETS, scenario.cursors),
    moveEveryMs: scenario.caretMoveEveryMs,
  })
  try {
    await seedThreads({
      url: server.url,
      planId: server.planId,
      positions,
      count: scenario.threads,
      near,
      nearCount: Math.min(NEAR_THREADS, scenario.threads),
    })
    await crowd.start()
    const page = await openPlanPage(browser, {
      url: server.url,
      planId: server.planId,
      block: near.block,
      carets: scenario.cursors,
      highlights: scenario.threads,
    })
    try {
      const movesBefore = crowd.moves
      const samples = await type(page)
      if (crowd.lost() > 0) throw new Error(`${crowd.lost()} remote carets were disconnected`)
      return { samples, caretMoves: crowd.moves - movesBefore, words }
    } finally {
      await page.context().close()
    }
  } catch (error) {
    process.stderr.write(`Server output:\n${server.output().slice(-4000)}\n`)
    throw error
  } finally {
    crowd.stop()
    positions.destroy()
    await server.stop()
  }
}
