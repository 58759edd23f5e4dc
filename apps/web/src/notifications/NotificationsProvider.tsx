import type { NotificationView } from '@coplan/protocol'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { isUnauthenticated } from '../api/ApiError'
import { fetchNotifications, markNotificationsRead } from '../api/notificationApi'
import { useAuth } from '../auth/useAuth'
import { useLiveEvents } from '../live/useLiveEvents'
import { NotificationsContext } from './notificationsContext'
import type { NotificationsValue } from './notificationsContext'

/**
 * How often notifications are asked for while the tab is visible, besides the server's push:
 * a fallback for a tab whose event stream is down without it knowing.
 */
export const POLL_INTERVAL_MS = 120_000

interface Loaded {
  notifications: readonly NotificationView[]
  status: NotificationsValue['status']
}

const IDLE: Loaded = { notifications: [], status: 'idle' }

/**
 * The signed-in person's notifications, shared by every page's header. They are read on sign-in,
 * whenever the server's live events say there is something new (or read in another tab), after
 * the event stream was down, when the tab comes back, every `pollIntervalMs` while the tab is
 * visible, and whenever a page knows something new may be there (`refresh()`).
 */
export const NotificationsProvider = ({
  children,
  pollIntervalMs = POLL_INTERVAL_MS,
}: {
  children: ReactNode
  pollIntervalMs?: number
}) => {
  const { state, sessionEnded } = useAuth()
  const userId = state.status === 'signedIn' ? state.user.id : null
  const [loaded, setLoaded] = useState<Loaded & { userId: string | null }>({
    ...IDLE,
    userId: null,
  })
  const [attempt, setAttempt] = useState(0)
  const refresh = useCallback(() => setAttempt((value) => value + 1), [])
  useLiveEvents((signal) => {
    if (signal.type === 'notifications' || signal.type === 'resync') refresh()
  })

  useEffect(() => {
    if (!userId) return
    const controller = new AbortController()
    fetchNotifications(controller.signal).then(
      (list) => setLoaded({ notifications: list.notifications, status: 'ready', userId }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthenticated(error)) sessionEnded()
        else console.warn('Notifications could not be loaded', error)
        setLoaded((previous) => ({
          ...previous,
          status: previous.status === 'ready' ? 'ready' : 'error',
        }))
      },
    )
    return () => controller.abort()
  }, [userId, attempt, sessionEnded])

  useEffect(() => {
    if (!userId) return
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh()
    }, pollIntervalMs)
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [userId, pollIntervalMs, refresh])

  const markRead = useCallback(
    (ids?: readonly string[]) => {
      const marked = ids ? new Set(ids) : null
      setLoaded((previous) => ({
        ...previous,
        notifications: previous.notifications.map((notification) =>
          !marked || marked.has(notification.id) ? { ...notification, read: true } : notification,
        ),
      }))
      markNotificationsRead(ids ? [...ids] : undefined).catch((error: unknown) => {
        console.warn('Notifications could not be marked read', error)
        refresh()
      })
    },
    [refresh],
  )

  // Another person's notifications must never show after a change of account.
  const current = loaded.userId === userId && userId ? loaded : IDLE
  const value = useMemo<NotificationsValue>(
    () => ({
      notifications: current.notifications,
      unread: current.notifications.filter((notification) => !notification.read).length,
      status: userId && current.status === 'idle' ? 'loading' : current.status,
      refresh,
      markRead,
    }),
    [current, userId, refresh, markRead],
  )
  return <NotificationsContext value={value}>{children}</NotificationsContext>
}
