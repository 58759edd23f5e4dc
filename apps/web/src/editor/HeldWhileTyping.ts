export interface HeldWhileTypingOptions {
  /** The person counts as typing this long after their last edit. */
  typingMs?: number
  /** A held redraw happens at the latest this long after it was asked for. */
  maxWaitMs?: number
}

/**
 * Holds redraws that can wait while the person types, to do them in the frame after their next
 * keystroke's. Chromium aligns frames to the display's 60 Hz for a few frames after anything
 * was drawn: a remote caret redrawn 20–40 ms before a key press makes that key's frame wait for
 * the next tick, up to 16 ms. Drawn right after a keystroke's frame, it is long done when the
 * next key comes. While nobody types, a redraw is not held at all; while someone does, it waits
 * for their next edit or `maxWaitMs`, whichever comes first.
 */
export class HeldWhileTyping {
  private lastTypedAt = Number.NEGATIVE_INFINITY
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly typingMs: number
  private readonly maxWaitMs: number

  /** `release` does a held redraw that waited `maxWaitMs`. */
  constructor(
    private readonly release: () => void,
    { typingMs = 1000, maxWaitMs = 250 }: HeldWhileTypingOptions = {},
  ) {
    this.typingMs = typingMs
    this.maxWaitMs = maxWaitMs
  }

  /** A redraw is wanted: true to do it now; false when it is held (see `typed`). */
  request(): boolean {
    if (performance.now() - this.lastTypedAt >= this.typingMs) return true
    this.timer ??= setTimeout(() => {
      this.timer = undefined
      this.release()
    }, this.maxWaitMs)
    return false
  }

  /** The person edited: true if a held redraw should go with this keystroke's next frame. */
  typed(): boolean {
    this.lastTypedAt = performance.now()
    if (this.timer === undefined) return false
    this.destroy()
    return true
  }

  destroy(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }
}
