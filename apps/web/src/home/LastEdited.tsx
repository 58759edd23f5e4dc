import type { PlanListItem } from '@coplan/protocol'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { useI18n } from '../i18n/useI18n'

/** "Edited 5 minutes ago" and, when known, by whom. */
export const LastEdited = ({ plan, now }: { plan: PlanListItem; now: number }) => {
  const { t, lang } = useI18n()
  const edited = new Date(plan.lastEditedAt)
  return (
    <span className="last-edited">
      <time dateTime={plan.lastEditedAt} title={edited.toLocaleString(lang)}>
        {t('home.lastEdited', { time: formatRelativeTime(edited, now, lang) })}
      </time>
      {plan.lastEditedBy && (
        <span className="last-edited-by">
          {t('dashboard.editedBy', { name: plan.lastEditedBy.name })}
        </span>
      )}
    </span>
  )
}
