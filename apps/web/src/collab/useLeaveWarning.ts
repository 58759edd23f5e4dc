import { CloseCode } from '@coplan/protocol'
import { useEffect } from 'react'
import type { CollabSession } from './CollabSession'

/**
 * Asks before the tab closes or reloads while the server has not confirmed every change and the
 * browser is online: those changes are on their way, and closing now would leave the person
 * unsure. Offline the question would be pointless (the device keeps them, they cannot go
 * anywhere before the connection returns), unless no copy could be kept on the device. After
 * the server refused a change beyond a plan's limits it would be pointless too: what was not
 * saved then cannot be any more, and the page says so.
 */
export const useLeaveWarning = (session: CollabSession): void => {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (session.saves.state.unsaved === 0) return
      if (session.getState().closed?.code === CloseCode.ContentRefused) return
      const kept = session.getState().deviceCopy !== 'unavailable'
      if (!navigator.onLine && kept) return
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [session])
}
