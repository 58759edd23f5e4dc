import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorView } from '@tiptap/pm/view'
import type { PositionRange } from './PositionRange'

const offsetsByDoc = new WeakMap<ProseMirrorNode, number[]>()

/** Where each top-level block of `doc` starts, in order; computed once per document. */
export const topLevelOffsets = (doc: ProseMirrorNode): readonly number[] => {
  let offsets = offsetsByDoc.get(doc)
  if (!offsets) {
    const list: number[] = []
    doc.forEach((_node, offset) => list.push(offset))
    offsets = list
    offsetsByDoc.set(doc, offsets)
  }
  return offsets
}

/** The index of the top-level block holding `pos` (the last that starts at or before it). */
export const blockIndexAt = (offsets: readonly number[], pos: number): number => {
  let low = 0
  let high = offsets.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((offsets[middle] as number) <= pos) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The positions of the top-level blocks that are on screen or within `marginPx` of it, found
 * by bisection over the blocks' boxes (which exist even for blocks whose content the browser
 * skips): about twenty reads of layout, however long the plan. Null when the editor has no
 * block on screen.
 */
export const viewportRange = (view: EditorView, marginPx: number): PositionRange | null => {
  const { doc } = view.state
  const offsets = topLevelOffsets(doc)
  const top = -marginPx
  const bottom = window.innerHeight + marginPx
  const rectOf = (index: number): DOMRect | null => {
    const dom = view.nodeDOM(offsets[index] as number)
    return dom instanceof Element ? dom.getBoundingClientRect() : null
  }
  // The first block whose bottom is below the top edge, then the last whose top is above the bottom.
  const firstBelow = (isBelow: (rect: DOMRect) => boolean): number => {
    let low = 0
    let high = offsets.length
    while (low < high) {
      const middle = (low + high) >> 1
      const rect = rectOf(middle)
      if (rect && isBelow(rect)) high = middle
      else low = middle + 1
    }
    return low
  }
  const first = firstBelow((rect) => rect.bottom >= top)
  const end = firstBelow((rect) => rect.top > bottom)
  if (first >= end) return null
  return {
    from: offsets[first] as number,
    to: end < offsets.length ? (offsets[end] as number) : doc.content.size,
  }
}
