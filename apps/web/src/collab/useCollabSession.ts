import { useMemo, useSyncExternalStore } from 'react'
import type { CollabSession } from './CollabSession'
import { createSessionStore } from './createSessionStore'

/** The collaboration session of a plan while the caller is mounted; `null` before that. */
export const useCollabSession = (planId: string): CollabSession | null => {
  const store = useMemo(() => createSessionStore(planId), [planId])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
