/**
 * What the page records for each keystroke, all on the page's clock (`performance.now()`, ms
 * since the page's time origin):
 *
 * - `keyAt`: the keydown's `event.timeStamp`: when the browser received the key (for
 *   Playwright's keys, when Chromium took the CDP input command), before any page code ran.
 * - `keydownAt`: when the page's first keydown listener ran (the wait before it: other work
 *   on the main thread, such as a remote caret being drawn).
 * - `inputAt`: when the `input` event reached the page: the browser has put the character
 *   into the DOM (keypress, beforeinput, its own editing), ProseMirror has not seen it yet.
 * - `handledAt`: when the `input` event reached `window`, its last stop: ProseMirror has read
 *   the change (its DOM observer runs as a microtask after the first listener), made and
 *   applied its transaction, redrawn, and y-prosemirror has written it to the Y.Doc.
 * - `frameStart`: the first animation frame after that (a `requestAnimationFrame` callback
 *   registered in the `window` listener): the frame that shows the character.
 * - `frameEnd`: the end of that frame's main-thread work (every rAF callback, style, layout,
 *   paint, commit to the compositor): a MessageChannel message posted from the rAF callback
 *   runs right after the frame's task. If other tasks were queued first, they count too.
 * - `presentedBy`: from the Event Timing API, when Chromium says the keystroke's next frame
 *   was presented (start time + duration of its keydown, keypress, beforeinput and input
 *   entries, whichever ends last; durations come rounded to 8 ms). Chromium reports only
 *   entries of 16 ms and more, so this is null for keystrokes presented sooner.
 */
export interface KeySample {
  key: string
  keyAt: number
  keydownAt: number
  inputAt: number | null
  handledAt: number | null
  frameStart: number | null
  frameEnd: number | null
  presentedBy: number | null
}

/**
 * The probe, as source for `page.evaluate` (a string, so no bundler helper leaks into it). It
 * listens in the capture phase on `document`, ahead of ProseMirror's listeners on the editor,
 * and in the bubble phase on `window`, after them.
 */
export const PROBE_SOURCE = `(() => {
  const samples = []
  let current = null
  const afterTask = (record) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => { record(performance.now()); channel.port1.close() }
    channel.port2.postMessage(null)
  }
  document.addEventListener('keydown', (event) => {
    current = { key: event.key, keyAt: event.timeStamp, keydownAt: performance.now(),
      inputAt: null, handledAt: null, frameStart: null, frameEnd: null, presentedBy: null }
    samples.push(current)
  }, true)
  document.addEventListener('input', () => {
    if (current && current.inputAt === null) current.inputAt = performance.now()
  }, true)
  window.addEventListener('input', () => {
    const sample = current
    if (!sample || sample.handledAt !== null) return
    sample.handledAt = performance.now()
    requestAnimationFrame(() => {
      sample.frameStart = performance.now()
      afterTask((now) => { sample.frameEnd = now })
    })
  })
  const timed = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (['keydown', 'keypress', 'beforeinput', 'input'].includes(entry.name)) timed.push(entry)
    }
  }).observe({ type: 'event', durationThreshold: 16 })
  window.__typingProbe = {
    read: () => {
      // Each entry belongs to the last keystroke the browser received before it.
      for (const entry of timed) {
        const sample = samples.findLast((candidate) => candidate.keyAt <= entry.startTime + 1)
        if (!sample) continue
        const end = entry.startTime + entry.duration
        sample.presentedBy = Math.max(sample.presentedBy ?? 0, end)
      }
      return samples
    },
  }
})()`
