import { useEffect } from 'react'
import { recordVisit } from '../api/commentApi'

const record = (planId: string): void => {
  recordVisit(planId).catch((error: unknown) => {
    // Only the "new comments" counts on the plans page depend on it.
    console.warn(`The visit to plan ${planId} could not be recorded`, error)
  })
}

/**
 * Tells the server when the person opens the plan and when they leave it (another page, or the
 * tab closing), so comments they have seen stop counting as new.
 */
export const usePlanVisit = (planId: string): void => {
  useEffect(() => {
    record(planId)
    const onPageHide = () => record(planId)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      record(planId)
    }
  }, [planId])
}
