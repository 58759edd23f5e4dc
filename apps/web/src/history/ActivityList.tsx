import type { ActivityView } from '@coplan/protocol'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { useI18n } from '../i18n/useI18n'
import { useNow } from '../lib/useNow'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { activityMessage, activityText } from '../ui/activityText'
import { formatDateTime } from '../i18n/formatDateTime'
import '../styles/activity.css'

const ACTOR_MARK = '\u0000'

interface ActivityListProps {
  entries: ActivityView[]
  /** On the course-wide log: each entry names its plan. */
  showPlan?: boolean
}

/** Activity entries, newest first, each a sentence with who did it in bold. */
export const ActivityList = ({ entries, showPlan = false }: ActivityListProps) => {
  const { t, lang } = useI18n()
  const now = useNow()
  return (
    <ol className="activity-list" data-testid="activity-list">
      {entries.map((entry) => {
        // The sentence around the name, in whichever order the language puts them.
        const parts = activityText(t, entry, ACTOR_MARK).split(ACTOR_MARK)
        const actor = entry.actor?.name ?? t('activity.someone')
        const message = activityMessage(entry)
        return (
          <li key={entry.id} className="activity-item" data-kind={entry.kind}>
            <span className="activity-dot" data-kind={entry.kind} aria-hidden="true" />
            <div className="activity-body">
              <p className="activity-text">
                {parts.map((part, index) => (
                  <span key={index}>
                    {index > 0 && <strong>{actor}</strong>}
                    {part}
                  </span>
                ))}
              </p>
              {message && <blockquote className="activity-message">{message}</blockquote>}
              <p className="activity-meta">
                <time dateTime={entry.createdAt} title={formatDateTime(entry.createdAt, lang)}>
                  {formatRelativeTime(new Date(entry.createdAt), now, lang)}
                </time>
                {showPlan && entry.planId && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <Link href={planPath(entry.planId)}>{entry.planTitle ?? entry.planId}</Link>
                  </>
                )}
              </p>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
