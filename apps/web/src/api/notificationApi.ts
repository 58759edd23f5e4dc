import type { NotificationView } from '@coplan/protocol'
import { requestJson } from './requestJson'

export interface NotificationList {
  /** Newest first. */
  notifications: NotificationView[]
  unread: number
}

export const fetchNotifications = (signal?: AbortSignal): Promise<NotificationList> =>
  requestJson<NotificationList>('/api/notifications', { signal })

/** Marks these notifications read, or all of them when `ids` is left out. */
export const markNotificationsRead = async (ids?: string[]): Promise<void> => {
  await requestJson('/api/notifications/read', {
    method: 'POST',
    body: JSON.stringify(ids ? { ids } : {}),
  })
}
