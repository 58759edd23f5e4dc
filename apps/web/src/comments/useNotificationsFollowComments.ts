import { useEffect } from 'react'
import { useNotifications } from '../notifications/useNotifications'
import type { ThreadStore } from '../collab/ThreadStore'

/**
 * Asks for notifications again when someone else comments on the open plan: it may be a mention
 * of this person or a reply in their thread. The server does not push notifications, so this
 * saves waiting for the next poll while the plan is open.
 */
export const useNotificationsFollowComments = (threads: ThreadStore, userId: string): void => {
  const { refresh } = useNotifications()
  useEffect(
    () =>
      threads.onEvent((event) => {
        if (event.type !== 'thread') return
        const latest = event.thread.comments.at(-1)
        if (latest && latest.author.id !== userId) refresh()
      }),
    [threads, userId, refresh],
  )
}
