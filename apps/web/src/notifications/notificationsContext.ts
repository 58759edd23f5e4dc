import type { NotificationView } from '@coplan/protocol'
import { createContext } from 'react'

export interface NotificationsValue {
  /** Newest first; empty until loaded and while signed out. */
  notifications: readonly NotificationView[]
  unread: number
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** Asks the server again (after a sign that something new may be there). */
  refresh: () => void
  /** Marks these notifications read, or all of them; shown at once, undone if the server fails. */
  markRead: (ids?: readonly string[]) => void
}

export const NotificationsContext = createContext<NotificationsValue | null>(null)
