import type { Node as PmNode } from '@tiptap/pm/model'

/**
 * A ProseMirror document as one string, with the document position of every character, so
 * text found in the string maps back to a range in the document. Text blocks are separated by
 * a newline (mapped to the end of the block it follows); leaf nodes such as hard breaks count
 * as a space.
 */
export interface FlatText {
  text: string
  /** `positions[i]` is the document position just before character `i`. */
  positions: number[]
  /** The position just after the last character. */
  end: number
}

/**
 * `doc` as one string. ProseMirror's `descendants` recurses once per level: `doc` is one
 * within the depth limit, such as `planBodyNode` makes.
 */
export const flattenText = (doc: PmNode): FlatText => {
  let text = ''
  const positions: number[] = []
  let end = 0
  let lastBlockEnd = -1
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (lastBlockEnd >= 0) {
        text += '\n'
        positions.push(lastBlockEnd)
      }
      lastBlockEnd = pos + node.nodeSize - 1
      end = lastBlockEnd
      return true
    }
    if (node.isText) {
      const value = node.text ?? ''
      for (let i = 0; i < value.length; i++) positions.push(pos + i)
      text += value
      end = pos + value.length
      return false
    }
    if (node.isLeaf && node.isInline) {
      text += ' '
      positions.push(pos)
      end = pos + 1
    }
    return true
  })
  return { text, positions, end }
}

/** The index of the first character at or after document position `pos`. */
export const offsetAt = (flat: FlatText, pos: number): number => {
  let low = 0
  let high = flat.positions.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((flat.positions[mid] ?? Infinity) < pos) low = mid + 1
    else high = mid
  }
  return low
}

/** The document position of character offset `offset` (the end for one past the last). */
export const positionAt = (flat: FlatText, offset: number): number =>
  flat.positions[offset] ?? flat.end
