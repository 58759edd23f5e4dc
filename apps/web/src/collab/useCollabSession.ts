import { useMemo, useSyncExternalStore } from 'react'
import type { CollabSession } from './CollabSession'
import { createSessionStore } from './createSessionStore'

/**
 * The collaboration session of a plan while the caller is mounted; `null` before that.
 * `canWrite` is what the API said (or, offline, what it last said), used until the server's
 * first SessionNotice; `deviceCopyName` names this person's copy of the plan on the device.
 */
export const useCollabSession = (
  planId: string,
  { canWrite, deviceCopyName }: { canWrite: boolean; deviceCopyName: string | null },
): CollabSession | null => {
  const store = useMemo(
    () => createSessionStore(planId, { canWrite, deviceCopyName }),
    [planId, canWrite, deviceCopyName],
  )
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
