import { useEffect } from 'react'
import type { CollabSession } from './CollabSession'
import type { RememberedPlan } from './rememberedPlan'
import { rememberPlan } from './rememberedPlan'

/**
 * Keeps the device's memory of the person's right to write in step with the server's session
 * notices (a plan made final, a new role), so that a plan opened offline later is editable
 * exactly when the server last allowed it.
 */
export const useRememberedAccess = (
  userId: string,
  { plan, access }: RememberedPlan,
  session: CollabSession | null,
): void => {
  useEffect(() => {
    if (!session) return
    let rememberedEdit = access.edit
    return session.subscribe(() => {
      const { synced, canWrite } = session.getState()
      if (!synced || canWrite === rememberedEdit) return
      rememberedEdit = canWrite
      rememberPlan(userId, { plan, access: { ...access, edit: canWrite } })
    })
  }, [userId, plan, access, session])
}
