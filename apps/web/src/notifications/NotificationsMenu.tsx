import { useEffect, useId, useRef, useState } from 'react'
import { useAuth } from '../auth/useAuth'
import { useT } from '../i18n/useT'
import { useNow } from '../lib/useNow'
import { BellIcon } from './BellIcon'
import { NotificationItem } from './NotificationItem'
import { useNotifications } from './useNotifications'

/**
 * The header's bell: the unread count, and a popover listing mentions, replies and status
 * changes. Opening a notification marks it read and goes to its plan and thread. Escape or a
 * click elsewhere closes the popover; focus goes back to the bell.
 */
export const NotificationsMenu = () => {
  const { state } = useAuth()
  if (state.status !== 'signedIn') return null
  return <SignedInNotificationsMenu />
}

const SignedInNotificationsMenu = () => {
  const t = useT()
  const { notifications, unread, status, refresh, markRead } = useNotifications()
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const headingId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const nowMs = useNow()

  useEffect(() => {
    if (!open) return
    headingRef.current?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }

  return (
    <div
      className="notifications"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          close(true)
        }
      }}
      onBlur={(event) => {
        // Tabbing out of the popover closes it, as a click elsewhere does.
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-quiet notifications-button"
        data-testid="notifications-button"
        data-unread={unread}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={
          unread > 0
            ? t('notifications.buttonUnread', { count: unread })
            : t('notifications.button')
        }
        title={t('notifications.button')}
        onClick={() => {
          if (!open) refresh()
          setOpen(!open)
        }}
      >
        <BellIcon />
        {unread > 0 && (
          <span
            className="notifications-badge"
            data-testid="notifications-badge"
            aria-hidden="true"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div
          id={menuId}
          className="notifications-menu"
          data-testid="notifications-menu"
          role="dialog"
          aria-labelledby={headingId}
        >
          <div className="notifications-head">
            <h2 id={headingId} ref={headingRef} tabIndex={-1} className="notifications-heading">
              {t('notifications.heading')}
            </h2>
            <button
              type="button"
              className="button button-quiet notifications-mark-all"
              disabled={unread === 0}
              onClick={() => markRead()}
            >
              {t('notifications.markAllRead')}
            </button>
          </div>
          {notifications.length > 0 ? (
            <ul className="notifications-list">
              {notifications.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  nowMs={nowMs}
                  onOpen={() => {
                    if (!notification.read) markRead([notification.id])
                    close(false)
                  }}
                />
              ))}
            </ul>
          ) : (
            <p className="notifications-note" role="status">
              {status === 'loading'
                ? t('app.loading')
                : status === 'error'
                  ? t('notifications.loadError')
                  : t('notifications.empty')}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
