import type { PlanStatus } from '@coplan/protocol'
import { useCallback } from 'react'
import { fetchPlanActivity } from '../api/activityApi'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { useI18n } from '../i18n/useI18n'
import { useAsync } from '../lib/useAsync'
import { useNow } from '../lib/useNow'
import { activityMessage, activityText } from '../ui/activityText'

/**
 * Who moved the plan to its status, when, and what they said, so that a team sees at once what
 * their mentor asked for. Read again whenever the status changes.
 */
export const LastStatusChange = ({ planId, status }: { planId: string; status: PlanStatus }) => {
  const { t, lang } = useI18n()
  const now = useNow()
  const load = useCallback(
    // `status` is part of the key: a new status means a new last change to read.
    (signal: AbortSignal) =>
      fetchPlanActivity(planId, { kind: 'status', limit: 1 }, signal).then((entries) => ({
        status,
        entry: entries[0] ?? null,
      })),
    [planId, status],
  )
  const last = useAsync(load)
  if (last.status !== 'ready') return <p className="last-status-change" />
  const { entry } = last.value
  if (!entry) {
    return <p className="last-status-change">{t(`workflow.since.${status}`)}</p>
  }
  const message = activityMessage(entry)
  return (
    <p className="last-status-change" data-testid="last-status-change">
      <span>{activityText(t, entry, entry.actor?.name ?? t('activity.someone'))}</span>
      <span className="last-status-time">
        {' · '}
        <time dateTime={entry.createdAt}>
          {formatRelativeTime(new Date(entry.createdAt), now, lang)}
        </time>
      </span>
      {message && (
        <q className="last-status-message" title={message}>
          {message}
        </q>
      )}
    </p>
  )
}
