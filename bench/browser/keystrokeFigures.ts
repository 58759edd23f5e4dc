import type { KeySample } from './typingProbe'

/** Nearest-rank percentile of ascending `sorted` (0 < p ≤ 1); NaN when empty. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : (sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number)

export interface Distribution {
  p50: number
  p95: number
  p99: number
  max: number
}

export const distributionOf = (values: readonly number[]): Distribution => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: percentile(sorted, 1),
  }
}

export interface KeystrokeFigures {
  /** Keystrokes typed, and those whose frame was seen (the rest are left out of the figures). */
  typed: number
  measured: number
  /** Key press (`keyAt`) to the end of the main-thread work of the frame that shows it. */
  keyToFrame: Distribution
  /**
   * The main thread's work for the keystroke, without the waits: from the first keydown
   * listener until the editor is done, plus the frame.
   */
  work: Distribution
  /**
   * Keystrokes whose next frame Chromium's Event Timing reports as presented 16 ms or more
   * after the key (it rounds to 8 ms, so from about 12 ms of real delay).
   */
  presentedLate: number
  /**
   * Of those, the median time from the end of the frame's main-thread work to the presentation
   * Event Timing reports (raster, draw and display; rough, since durations come in 8 ms steps).
   */
  presentedAfterFrame: number
  /** Medians of the phases, which add up to about the median key to frame. */
  phases: {
    /** Key to the first keydown listener: waiting for the main thread. */
    wait: number
    /** keydown listener to `input`: the browser's own editing. */
    browser: number
    /** `input` to ProseMirror done (transaction, view, Yjs). */
    editor: number
    /** Editor done to the frame's start. */
    toFrame: number
    /** The frame: rAF callbacks, style, layout, paint, commit. */
    frame: number
  }
}

const median = (values: number[]): number => distributionOf(values).p50

/** The figures of one run from the probe's samples. */
export const keystrokeFigures = (samples: readonly KeySample[]): KeystrokeFigures => {
  const seen = samples.filter(
    (
      sample,
    ): sample is KeySample & Record<'inputAt' | 'handledAt' | 'frameStart' | 'frameEnd', number> =>
      sample.inputAt !== null &&
      sample.handledAt !== null &&
      sample.frameStart !== null &&
      sample.frameEnd !== null,
  )
  return {
    typed: samples.length,
    measured: seen.length,
    keyToFrame: distributionOf(seen.map((s) => s.frameEnd - s.keyAt)),
    work: distributionOf(seen.map((s) => s.handledAt - s.keydownAt + (s.frameEnd - s.frameStart))),
    presentedLate: samples.filter((s) => s.presentedBy !== null).length,
    presentedAfterFrame: median(
      seen.flatMap((s) => (s.presentedBy === null ? [] : [s.presentedBy - s.frameEnd])),
    ),
    phases: {
      wait: median(seen.map((s) => s.keydownAt - s.keyAt)),
      browser: median(seen.map((s) => s.inputAt - s.keydownAt)),
      editor: median(seen.map((s) => s.handledAt - s.inputAt)),
      toFrame: median(seen.map((s) => s.frameStart - s.handledAt)),
      frame: median(seen.map((s) => s.frameEnd - s.frameStart)),
    },
  }
}
