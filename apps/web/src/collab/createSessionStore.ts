import { CollabSession } from './CollabSession'
import type { CollabSessionOptions } from './CollabSession'

/**
 * A store whose subscription owns a plan's session: subscribing opens it, unsubscribing destroys
 * it. React subscribes after commit and unsubscribes on unmount, so a render React throws away
 * never opens a socket, and StrictMode's mount–unmount–mount gets a fresh session cleanly.
 */
export const createSessionStore = (planId: string, options: CollabSessionOptions = {}) => {
  let session: CollabSession | null = null
  return {
    subscribe: (notify: () => void): (() => void) => {
      session = new CollabSession(planId, options)
      notify()
      return () => {
        session?.destroy()
        session = null
      }
    },
    getSnapshot: (): CollabSession | null => session,
  }
}
