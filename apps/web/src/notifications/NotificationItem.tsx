import type { NotificationView } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { fillNodes } from './fillNodes'

/** Where a notification leads: the plan, with the thread to focus when there is one. */
export const notificationHref = (notification: NotificationView): string =>
  notification.threadId
    ? `${planPath(notification.planId)}?thread=${encodeURIComponent(notification.threadId)}`
    : planPath(notification.planId)

const KEYS = {
  mention: 'notifications.mention',
  reply: 'notifications.reply',
  status: 'notifications.statusChanged',
} as const

export const NotificationItem = ({
  notification,
  nowMs,
  onOpen,
}: {
  notification: NotificationView
  nowMs: number
  onOpen: () => void
}) => {
  const { t, lang } = useI18n()
  const createdAt = new Date(notification.createdAt)
  const status = notification.status ? t(`workflow.status.${notification.status.to}`) : null
  return (
    <li>
      <Link
        className="notification"
        href={notificationHref(notification)}
        data-testid="notification"
        data-kind={notification.kind}
        data-unread={!notification.read || undefined}
        onClick={onOpen}
      >
        <span className="notification-text">
          {fillNodes(t(KEYS[notification.kind]), {
            name: <strong>{notification.actor.name}</strong>,
            plan: <strong>{notification.planTitle}</strong>,
            status: <strong>{status}</strong>,
          })}
        </span>
        {notification.excerpt && (
          <span className="notification-excerpt">{notification.excerpt}</span>
        )}
        <span className="notification-meta">
          <time dateTime={notification.createdAt} title={createdAt.toLocaleString(lang)}>
            {formatRelativeTime(createdAt, nowMs, lang)}
          </time>
          {!notification.read && (
            <span className="notification-unread">{t('notifications.unread')}</span>
          )}
        </span>
      </Link>
    </li>
  )
}
