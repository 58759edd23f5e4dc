import { useCallback, useSyncExternalStore } from 'react'
import type { CollabSession } from './CollabSession'

/** How many local changes the server has not confirmed storing yet. */
export const useUnsavedCount = (session: CollabSession): number => {
  const subscribe = useCallback((notify: () => void) => session.saves.subscribe(notify), [session])
  return useSyncExternalStore(subscribe, () => session.saves.state.unsaved)
}
