import { useContext } from 'react'
import { NotificationsContext } from './notificationsContext'
import type { NotificationsValue } from './notificationsContext'

export const useNotifications = (): NotificationsValue => {
  const value = useContext(NotificationsContext)
  if (!value) throw new Error('useNotifications must be used inside <NotificationsProvider>')
  return value
}
