import type { TextSegment } from '@coplan/schema'

/**
 * Word-level segments regrouped for reading: a word diff alternates removed and added words
 * with the spaces between them kept as "equal" ("~~by~~ offices ~~2028~~ and"), which reads
 * badly. Runs of changes separated only by whitespace become one removal followed by one
 * addition ("~~by 2028~~ offices and"). The text on either side stays exactly the same.
 */
export const readableSegments = (segments: TextSegment[]): TextSegment[] => {
  const result: TextSegment[] = []
  let removed = ''
  let added = ''
  let gap = ''
  const flush = () => {
    if (removed) result.push({ op: 'delete', text: removed })
    if (added) result.push({ op: 'insert', text: added })
    if (gap) result.push({ op: 'equal', text: gap })
    removed = added = gap = ''
  }
  for (const segment of segments) {
    const inRun = removed !== '' || added !== ''
    if (segment.op === 'equal') {
      if (inRun && gap === '' && segment.text.trim() === '') gap = segment.text
      else {
        flush()
        result.push(segment)
      }
      continue
    }
    // A space between two changes belongs to both sides of the run.
    removed += gap
    added += gap
    gap = ''
    if (segment.op === 'delete') removed += segment.text
    else added += segment.text
  }
  flush()
  return result.filter((segment) => segment.text !== '')
}
