import type { EditorView } from '@tiptap/pm/view'
import type { PositionRange } from '../prose/PositionRange'
import type { CaretMeasure, Rect } from './placeCarets'
import { blockIndexAt, topLevelOffsets } from '../prose/topLevelBlocks'

/** Enough to show where a long selection is without measuring every line of it. */
const MAX_SELECTION_RECTS = 200

/** False for an element in content the browser skips rendering (`content-visibility: auto`). */
const isRendered = (element: Element): boolean =>
  typeof element.checkVisibility !== 'function' ||
  element.checkVisibility({ contentVisibilityAuto: true })

/**
 * `CaretMeasure` for a ProseMirror view, for positions in `viewport` (see `viewportRange`):
 * nothing outside it is measured. Every read is of layout, none writes: whoever calls it in a
 * frame should measure all carets first and draw after, or the browser lays the plan out again
 * between two reads.
 */
export const measureCarets = (view: EditorView, viewport: PositionRange | null): CaretMeasure => {
  const { doc } = view.state
  const offsets = topLevelOffsets(doc)
  const renderedBlocks = new Map<number, boolean>()
  const isBlockRendered = (index: number): boolean => {
    let rendered = renderedBlocks.get(index)
    if (rendered === undefined) {
      const dom = view.nodeDOM(offsets[index] as number)
      rendered = dom instanceof Element && isRendered(dom)
      renderedBlocks.set(index, rendered)
    }
    return rendered
  }
  const inViewport = (pos: number): boolean =>
    viewport !== null && pos >= viewport.from && pos < viewport.to

  return {
    isRendered: (pos) => inViewport(pos) && isBlockRendered(blockIndexAt(offsets, pos)),
    coordsAt: (pos) => {
      try {
        return view.coordsAtPos(pos)
      } catch {
        // A position ProseMirror has no DOM for (a node view being drawn): no bar this frame.
        return null
      }
    },
    rangeRects: (selectionFrom, selectionTo) => {
      if (!viewport) return []
      const from = Math.max(selectionFrom, viewport.from)
      const to = Math.min(selectionTo, viewport.to)
      const rects: Rect[] = []
      if (from >= to) return rects
      doc.nodesBetween(from, to, (node, pos, parent) => {
        if (rects.length >= MAX_SELECTION_RECTS) return false
        // A block the browser skips is not measured, nor anything in it.
        if (parent === doc && !isBlockRendered(blockIndexAt(offsets, pos))) return false
        if (!node.isTextblock) return true
        // Text only, line by line, as a highlight of the text would be: the rectangles of a
        // range over whole blocks would paint their margins and bullets too.
        const start = Math.max(from, pos + 1)
        const end = Math.min(to, pos + node.nodeSize - 1)
        if (start >= end) return false
        const range = document.createRange()
        const a = view.domAtPos(start)
        const b = view.domAtPos(end)
        range.setStart(a.node, a.offset)
        range.setEnd(b.node, b.offset)
        for (const { left, top, width, height } of range.getClientRects()) {
          if (width > 0 && height > 0) rects.push({ left, top, width, height })
        }
        return false
      })
      return rects.slice(0, MAX_SELECTION_RECTS)
    },
  }
}
