import type { PlanSummary } from '@coplan/protocol'
import type { PlanAccess } from '../api/planApi'
import { readStored, writeStored } from '../lib/browserStorage'
import { deviceCopyOwnerPrefix } from './deviceCopyName'

/** A plan as the API described it when this person last opened it online. */
export interface RememberedPlan {
  plan: PlanSummary
  access: PlanAccess
}

// Under the person's device-copy prefix, so that forgetting their copies forgets these too.
const storageKey = (userId: string, planId: string): string =>
  `${deviceCopyOwnerPrefix(userId)}${planId}:plan`

/**
 * Keeps what the editor needs to open the plan again without the API: its summary and the
 * person's rights, per person, beside the document kept in IndexedDB. Called on every online
 * opening and whenever the server changes the person's right to write, so a person who may
 * only read is never offered editing offline.
 */
export const rememberPlan = (userId: string, remembered: RememberedPlan): void =>
  writeStored(storageKey(userId, remembered.plan.id), JSON.stringify(remembered))

/** What `rememberPlan` kept for this person and plan, or null (never opened here, or garbled). */
export const recallPlan = (userId: string, planId: string): RememberedPlan | null => {
  const stored = readStored(storageKey(userId, planId))
  if (stored === null) return null
  try {
    const value = JSON.parse(stored) as Partial<RememberedPlan> | null
    if (value?.plan?.id !== planId || typeof value.access?.edit !== 'boolean') return null
    return { plan: value.plan, access: value.access }
  } catch {
    return null
  }
}
