import { useId } from 'react'
import { useT } from '../i18n/useT'
import { THREAD_FILTERS } from './threadFilter'
import type { ThreadFilter } from './threadFilter'

/** Open / resolved / all, as radio buttons (arrow keys move between them), with counts. */
export const ThreadFilterControl = ({
  value,
  counts,
  onChange,
}: {
  value: ThreadFilter
  counts: Record<ThreadFilter, number>
  onChange: (filter: ThreadFilter) => void
}) => {
  const t = useT()
  const name = useId()
  return (
    <fieldset className="thread-filter">
      <legend className="visually-hidden">{t('comments.filter.label')}</legend>
      {THREAD_FILTERS.map((filter) => (
        <label key={filter} className="thread-filter-option">
          <input
            type="radio"
            name={name}
            value={filter}
            checked={value === filter}
            onChange={() => onChange(filter)}
          />
          <span>
            {t(`comments.filter.${filter}`)}
            <span className="thread-filter-count">{counts[filter]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
