import type { CaretPosition } from './caretPositions'
import type { RemoteCaret } from './remoteCaretsOf'

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/** What placing carets needs from the editor's view (see `measureCarets`). */
export interface CaretMeasure {
  /** False for a position in a block the browser skips rendering (`content-visibility`). */
  isRendered(pos: number): boolean
  /** Where a caret at `pos` is on the screen (viewport coordinates). */
  coordsAt(pos: number): { left: number; top: number; bottom: number } | null
  /** The screen rectangles of the text between `from` and `to` in blocks that are rendered. */
  rangeRects(from: number, to: number): Rect[]
}

/** A collaborator's caret and selection as the caret layer draws them, relative to the layer. */
export interface CaretSpot {
  clientId: number
  name: string
  color: string
  /** The bar, with the name label above it; null when its line is not rendered. */
  caret: Rect | null
  selection: Rect[]
}

/**
 * Where each caret is drawn, relative to `origin` (the layer's top left corner on the screen).
 * Only carets in rendered blocks are measured: the browser lays out and paints the blocks in
 * and near the viewport only (`content-visibility: auto` on each, see prose.css), and measuring
 * a caret anywhere else would make it lay out that block for nothing. A caret with neither a
 * rendered bar nor a rendered piece of selection is left out.
 */
export const placeCarets = (
  carets: readonly (RemoteCaret & CaretPosition)[],
  measure: CaretMeasure,
  origin: { left: number; top: number },
): CaretSpot[] => {
  const spots: CaretSpot[] = []
  const relative = (rect: Rect): Rect => ({
    ...rect,
    left: rect.left - origin.left,
    top: rect.top - origin.top,
  })
  for (const { clientId, name, color, anchor, head } of carets) {
    let caret: Rect | null = null
    if (measure.isRendered(head)) {
      const coords = measure.coordsAt(head)
      if (coords) {
        const { left, top, bottom } = coords
        caret = relative({ left, top, width: 0, height: Math.max(bottom - top, 0) })
      }
    }
    const selection =
      anchor === head
        ? []
        : measure.rangeRects(Math.min(anchor, head), Math.max(anchor, head)).map(relative)
    if (caret || selection.length > 0) spots.push({ clientId, name, color, caret, selection })
  }
  return spots
}
