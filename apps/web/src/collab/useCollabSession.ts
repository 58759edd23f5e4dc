import { useMemo, useSyncExternalStore } from 'react'
import type { CollabSession } from './CollabSession'
import { createSessionStore } from './createSessionStore'

/**
 * The collaboration session of a plan while the caller is mounted; `null` before that.
 * `canWrite` is the API's answer, used until the server's first SessionNotice.
 */
export const useCollabSession = (planId: string, canWrite: boolean): CollabSession | null => {
  const store = useMemo(() => createSessionStore(planId, { canWrite }), [planId, canWrite])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
