import { isNetworkFailure } from '../api/isNetworkFailure'
import { fetchPlan } from '../api/planApi'
import type { RememberedPlan } from './rememberedPlan'
import { recallPlan, rememberPlan } from './rememberedPlan'

/** A plan to open, and whether it comes from this device's memory rather than the API. */
export interface OpenedPlan extends RememberedPlan {
  offline: boolean
}

/**
 * Asks the API whether and how the person may open the plan, and remembers the answer on the
 * device. When the server cannot be reached, the remembered answer opens the plan instead (its
 * text then comes from the device's copy); a refusal (403, 404) is never overridden.
 */
export const openPlan = async (
  userId: string,
  planId: string,
  signal?: AbortSignal,
): Promise<OpenedPlan> => {
  try {
    const opened = await fetchPlan(planId, signal)
    rememberPlan(userId, opened)
    return { ...opened, offline: false }
  } catch (error) {
    const remembered = isNetworkFailure(error) ? recallPlan(userId, planId) : null
    if (!remembered) throw error
    return { ...remembered, offline: true }
  }
}
