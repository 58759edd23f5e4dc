import type { BlockChange } from '@coplan/schema'

export interface DisplayedChange {
  change: BlockChange
  /** Position in the diff's `changes`, a stable key. */
  index: number
}

export interface DiffDisplay {
  blocks: DisplayedChange[]
  /** Per section, the index of its first change: where the summary's links lead. */
  firstChange: Map<string, number>
}

// A new empty line is a change in the data but nothing a reader could see, and the empty cells
// of a table nobody filled in yet would only be empty boxes (rows are not known here).
const isBlank = (change: BlockChange): boolean =>
  change.op !== 'change' && change.block.kind !== 'heading' && change.block.text.trim() === ''

/**
 * What a comparison shows: every block with text, or with `onlyChanges` the changed blocks each
 * under the last unchanged heading before it, so a reader still knows where in the plan they are.
 */
export const diffDisplay = (changes: BlockChange[], onlyChanges: boolean): DiffDisplay => {
  const blocks: DisplayedChange[] = []
  const firstChange = new Map<string, number>()
  let pendingHeading: DisplayedChange | null = null
  changes.forEach((change, index) => {
    if (isBlank(change)) return
    if (change.op === 'equal') {
      if (!onlyChanges) blocks.push({ change, index })
      else if (change.block.kind === 'heading') pendingHeading = { change, index }
      return
    }
    if (pendingHeading) blocks.push(pendingHeading)
    pendingHeading = null
    if (!firstChange.has(change.block.section)) firstChange.set(change.block.section, index)
    blocks.push({ change, index })
  })
  return { blocks, firstChange }
}
