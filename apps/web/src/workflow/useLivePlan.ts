import type { PlanSummary } from '@coplan/protocol'
import { useCallback, useEffect, useRef, useState } from 'react'
import { fetchPlan } from '../api/planApi'
import { useLiveEvents } from '../live/useLiveEvents'

export interface LivePlan {
  plan: PlanSummary
  /** Takes the server's answer to one's own change at once, without waiting for the next poll. */
  replace: (plan: PlanSummary) => void
  /** Re-reads the plan now (after a move failed because someone else moved it first). */
  refresh: () => void
}

/**
 * A plan summary kept current while a page shows it: re-read when the server's live events say
 * the plan changed (or the event stream was down), whenever the window regains focus or becomes
 * visible, and every `pollMs` as a fallback, so a status someone else changed shows up at once.
 */
export const useLivePlan = (initial: PlanSummary, pollMs = 120_000): LivePlan => {
  const [plan, setPlan] = useState(initial)
  // A poll sent before one's own change may answer after it, with the old status.
  const generation = useRef(0)
  const planId = initial.id

  const refresh = useCallback(() => {
    const sentAt = generation.current
    fetchPlan(planId).then(
      (answer) => {
        if (generation.current === sentAt) setPlan(answer.plan)
      },
      // The badge keeps its last known value; the page reports lost sessions and access itself.
      (error: unknown) => console.warn(`Could not refresh the status of plan ${planId}`, error),
    )
  }, [planId])

  useLiveEvents((signal) => {
    if (signal.type === 'resync' || (signal.type === 'plan' && signal.planId === planId)) refresh()
  })

  useEffect(() => {
    const timer = window.setInterval(refresh, pollMs)
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh()
    }
    window.addEventListener('focus', refresh)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('focus', refresh)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [refresh, pollMs])

  const replace = useCallback((next: PlanSummary) => {
    generation.current += 1
    setPlan(next)
  }, [])

  return { plan, replace, refresh }
}
