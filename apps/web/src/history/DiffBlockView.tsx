import type { BlockChange, TextSegment } from '@coplan/schema'
import { useT } from '../i18n/useT'
import { readableSegments } from './readableSegments'

/** Inserted and deleted text, marked for screen readers too: `ins` and `del` are not announced. */
const Segment = ({ segment }: { segment: TextSegment }) => {
  const t = useT()
  if (segment.op === 'equal') return <>{segment.text}</>
  const Tag = segment.op === 'insert' ? 'ins' : 'del'
  return (
    <Tag className={`diff-${segment.op}`}>
      <span className="visually-hidden">
        {segment.op === 'insert' ? t('history.diff.insertedMark') : t('history.diff.deletedMark')}
      </span>
      {segment.text}
      <span className="visually-hidden">{t('history.diff.endMark')}</span>
    </Tag>
  )
}

/** One heading, paragraph or table cell of a comparison, with its changes marked. */
export const DiffBlockView = ({ change, id }: { change: BlockChange; id?: string }) => {
  const segments: TextSegment[] =
    change.op === 'change'
      ? readableSegments(change.segments)
      : [{ op: change.op, text: change.block.text }]
  return (
    <div
      id={id}
      className={`diff-block diff-${change.block.kind}`}
      data-op={change.op}
      tabIndex={id ? -1 : undefined}
    >
      {segments.map((segment, index) => (
        <Segment key={index} segment={segment} />
      ))}
    </div>
  )
}
