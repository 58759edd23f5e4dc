/** A thread's passage in ProseMirror positions. */
export interface Span {
  id: string
  from: number
  to: number
}

/** A stretch of text covered by the same threads. */
export interface Segment {
  from: number
  to: number
  /** The threads covering it, in the order of `spans`. */
  ids: string[]
}

/**
 * Cuts overlapping passages into stretches covered by the same set of threads. ProseMirror
 * merges the attributes of overlapping inline decorations into one element, so the UI could
 * not otherwise tell (or show) where two passages overlap.
 */
export const highlightSegments = (spans: readonly Span[]): Segment[] => {
  const bounds = [...new Set(spans.flatMap((span) => [span.from, span.to]))].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let index = 0; index + 1 < bounds.length; index++) {
    const from = bounds[index] as number
    const to = bounds[index + 1] as number
    const ids = spans.filter((span) => span.from <= from && span.to >= to).map((span) => span.id)
    if (ids.length > 0) segments.push({ from, to, ids })
  }
  return segments
}

/**
 * The thread a click at `pos` means: the shortest passage containing it, so a small passage
 * inside a larger one can be reached. Clicking again where the active thread is moves on to
 * the next one there, so every overlapping thread can be reached by clicking.
 */
export const threadAt = (
  spans: readonly Span[],
  pos: number,
  activeId: string | null,
): string | null => {
  const here = spans
    .filter((span) => span.from <= pos && pos <= span.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
  const current = here.findIndex((span) => span.id === activeId)
  if (current === -1) return here[0]?.id ?? null
  return here[(current + 1) % here.length]?.id ?? null
}
