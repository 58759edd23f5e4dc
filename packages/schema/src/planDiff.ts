import type { JSONContent } from '@tiptap/core'
import { diffSequences } from './sequenceDiff'
import { countWords } from './planText'

/** A unit of text the diff compares: a heading, a paragraph (also inside lists) or a table cell. */
export interface DiffBlock {
  kind: 'heading' | 'paragraph' | 'cell'
  /** The level-1 or level-2 heading the block is under ('' before the first). */
  section: string
  text: string
}

export interface TextSegment {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export type BlockChange =
  | { op: 'equal'; block: DiffBlock }
  | { op: 'insert'; block: DiffBlock }
  | { op: 'delete'; block: DiffBlock }
  /** The same block, edited: `segments` mark inserted and deleted words inline. */
  | { op: 'change'; block: DiffBlock; before: DiffBlock; segments: TextSegment[] }

export interface SectionChange {
  section: string
  wordsAdded: number
  wordsRemoved: number
}

export interface PlanDiff {
  changes: BlockChange[]
  /** Sections with changes, in document order. */
  sections: SectionChange[]
}

const textOf = (node: JSONContent): string =>
  node.type === 'hardBreak' ? '\n' : (node.text ?? (node.content ?? []).map(textOf).join(''))

/**
 * The comparable blocks of a plan document, in reading order. Recursive over the document's
 * depth, which `planDocToJSON` bounds to `PLAN_LIMITS.maxDepth`: give it no deeper JSON.
 */
export const blocksOf = (doc: JSONContent): DiffBlock[] => {
  const blocks: DiffBlock[] = []
  let section = ''
  const walk = (node: JSONContent, inCell: boolean): void => {
    switch (node.type) {
      case 'heading': {
        const text = textOf(node)
        if (Number(node.attrs?.level ?? 1) <= 2) section = text
        blocks.push({ kind: 'heading', section, text })
        return
      }
      case 'tableCell':
      case 'tableHeader':
        blocks.push({ kind: 'cell', section, text: (node.content ?? []).map(textOf).join('\n') })
        return
      case 'paragraph':
      case 'codeBlock':
        if (!inCell) blocks.push({ kind: 'paragraph', section, text: textOf(node) })
        return
      default:
        for (const child of node.content ?? []) walk(child, inCell)
    }
  }
  walk(doc, false)
  return blocks
}

const WORD_PATTERN = /\s+|[^\s]+/g

/** Word-level diff of two texts; whitespace is kept so segments join back into the texts. */
export const diffText = (before: string, after: string): TextSegment[] => {
  const ops = diffSequences(
    before.match(WORD_PATTERN) ?? [],
    after.match(WORD_PATTERN) ?? [],
    (x, y) => x === y,
  )
  const segments: TextSegment[] = []
  for (const op of ops) {
    const text = op.op === 'insert' ? op.b : op.a
    const last = segments[segments.length - 1]
    if (last?.op === op.op) last.text += text
    else segments.push({ op: op.op, text })
  }
  return segments
}

const similar = (a: DiffBlock, b: DiffBlock): boolean => {
  if (a.kind !== b.kind) return false
  // A table cell replaced in place is the same cell with new content.
  if (a.kind === 'cell') return true
  const equalWords = diffText(a.text, b.text)
    .filter((s) => s.op === 'equal')
    .reduce((sum, s) => sum + countWords(s.text), 0)
  return equalWords * 2 >= Math.min(countWords(a.text), countWords(b.text)) && equalWords > 0
}

/**
 * What changed between two versions of a plan: blocks aligned by their text, a deleted block
 * followed by an inserted similar one shown as one changed block with inline word changes,
 * and per section how many words were added and removed.
 */
export const diffPlans = (before: JSONContent, after: JSONContent): PlanDiff => {
  const ops = diffSequences(
    blocksOf(before),
    blocksOf(after),
    (x, y) => x.kind === y.kind && x.text === y.text,
  )
  const changes: BlockChange[] = []
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]
    if (!op) continue
    if (op.op === 'equal') {
      changes.push({ op: 'equal', block: op.b })
      continue
    }
    // Pair a run of deletions with the run of insertions after it, block by block.
    if (op.op === 'delete') {
      const deleted: DiffBlock[] = []
      while (ops[k]?.op === 'delete') deleted.push((ops[k++] as { a: DiffBlock }).a)
      const inserted: DiffBlock[] = []
      while (ops[k]?.op === 'insert') inserted.push((ops[k++] as { b: DiffBlock }).b)
      k--
      const pairs = Math.max(deleted.length, inserted.length)
      for (let p = 0; p < pairs; p++) {
        const a = deleted[p]
        const b = inserted[p]
        if (a && b && similar(a, b)) {
          changes.push({ op: 'change', block: b, before: a, segments: diffText(a.text, b.text) })
        } else {
          if (a) changes.push({ op: 'delete', block: a })
          if (b) changes.push({ op: 'insert', block: b })
        }
      }
      continue
    }
    changes.push({ op: 'insert', block: op.b })
  }
  return { changes, sections: summarise(changes) }
}

const summarise = (changes: BlockChange[]): SectionChange[] => {
  const sections = new Map<string, SectionChange>()
  const add = (section: string, added: number, removed: number): void => {
    if (added === 0 && removed === 0) return
    const entry = sections.get(section) ?? { section, wordsAdded: 0, wordsRemoved: 0 }
    entry.wordsAdded += added
    entry.wordsRemoved += removed
    sections.set(section, entry)
  }
  for (const change of changes) {
    if (change.op === 'insert') add(change.block.section, countWords(change.block.text), 0)
    if (change.op === 'delete') add(change.block.section, 0, countWords(change.block.text))
    if (change.op === 'change') {
      for (const segment of change.segments) {
        if (segment.op === 'insert') add(change.block.section, countWords(segment.text), 0)
        if (segment.op === 'delete') add(change.block.section, 0, countWords(segment.text))
      }
    }
  }
  return [...sections.values()]
}
