import { useEffect } from 'react'
import type { CollabSession } from './CollabSession'

/**
 * Asks before the tab closes or reloads while the server has not confirmed every change and the
 * browser is online: those changes are on their way, and closing now would leave the person
 * unsure. Offline the question would be pointless (the device keeps them, they cannot go
 * anywhere before the connection returns), unless no copy could be kept on the device.
 */
export const useLeaveWarning = (session: CollabSession): void => {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (session.saves.state.unsaved === 0) return
      const kept = session.getState().deviceCopy !== 'unavailable'
      if (!navigator.onLine && kept) return
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [session])
}
