import { diffPlans } from '@coplan/schema'
import type { BlockChange } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import { useId, useMemo, useState } from 'react'
import { useT } from '../i18n/useT'
import { ChangeSummary } from './ChangeSummary'
import { DiffBlockView } from './DiffBlockView'
import { diffDisplay } from './diffDisplay'
import type { DisplayedChange } from './diffDisplay'

interface CompareViewProps {
  before: JSONContent
  after: JSONContent
  beforeLabel: string
  afterLabel: string
}

const blockId = (prefix: string, index: number) => `${prefix}-change-${index}`

/** Neighbouring table cells side by side, as a table's cells are. */
const groupCells = (blocks: DisplayedChange[]): (DisplayedChange | DisplayedChange[])[] =>
  blocks.reduce<(DisplayedChange | DisplayedChange[])[]>((groups, block) => {
    const last = groups.at(-1)
    if (block.change.block.kind !== 'cell') groups.push(block)
    else if (Array.isArray(last)) last.push(block)
    else groups.push([block])
    return groups
  }, [])

/**
 * Two versions of a plan compared: a summary of the sections that changed, then the text with
 * insertions and deletions marked inline (the shared `diffPlans` decides what changed).
 */
export const CompareView = ({ before, after, beforeLabel, afterLabel }: CompareViewProps) => {
  const t = useT()
  const prefix = useId().replace(/:/g, '')
  const [onlyChanges, setOnlyChanges] = useState(false)
  const diff = useMemo(() => diffPlans(before, after), [before, after])
  const display = useMemo(() => diffDisplay(diff.changes, onlyChanges), [diff, onlyChanges])

  const changeId = (change: BlockChange, index: number) =>
    change.op === 'equal' ? undefined : blockId(prefix, index)

  const show = (section: string) => {
    const index = display.firstChange.get(section)
    const target = index === undefined ? null : document.getElementById(blockId(prefix, index))
    target?.scrollIntoView({ block: 'center' })
    target?.focus({ preventScroll: true })
  }

  return (
    <section
      className="compare-view"
      data-testid="compare-view"
      aria-label={t('history.compare.label')}
    >
      <p className="compare-direction">
        {t('history.compare.direction', { before: beforeLabel, after: afterLabel })}
      </p>
      <ChangeSummary sections={diff.sections} onShow={show} />
      <div className="compare-options">
        <p className="compare-legend" aria-hidden="true">
          <ins className="diff-insert">{t('history.compare.legendInserted')}</ins>
          <del className="diff-delete">{t('history.compare.legendDeleted')}</del>
        </p>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(event) => setOnlyChanges(event.target.checked)}
          />
          {t('history.compare.onlyChanges')}
        </label>
      </div>
      <div className="paper compare-paper">
        {display.blocks.length === 0 && (
          <p className="compare-empty">{t('history.compare.identical')}</p>
        )}
        {groupCells(display.blocks).map((group) =>
          Array.isArray(group) ? (
            <div key={`cells-${group[0]?.index}`} className="diff-cells">
              {group.map(({ change, index }) => (
                <DiffBlockView key={index} change={change} id={changeId(change, index)} />
              ))}
            </div>
          ) : (
            <DiffBlockView
              key={group.index}
              change={group.change}
              id={changeId(group.change, group.index)}
            />
          ),
        )}
      </div>
    </section>
  )
}
