import type { VersionView } from '@coplan/protocol'
import { useCallback, useEffect, useState } from 'react'
import { fetchVersions } from '../api/versionApi'

export interface Versions {
  /** The last list read; kept while a newer one loads. `null` before the first. */
  versions: VersionView[] | null
  error: unknown
  /** Reads the list again (after a save or a restore, or to retry). */
  reload: () => void
}

/**
 * A plan's versions, newest first, re-read on `reload()` and when the window regains focus,
 * without blanking the list meanwhile.
 */
export const useVersions = (planId: string): Versions => {
  const [reads, setReads] = useState(0)
  const [result, setResult] = useState<{
    planId: string
    versions: VersionView[] | null
    error: unknown
  } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    fetchVersions(planId, controller.signal).then(
      (versions) => setResult({ planId, versions, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setResult((previous) => ({
          planId,
          versions: previous?.planId === planId ? previous.versions : null,
          error,
        }))
      },
    )
    return () => controller.abort()
  }, [planId, reads])

  const reload = useCallback(() => setReads((value) => value + 1), [])
  // Others save versions too (and status changes do): coming back to the page shows theirs.
  useEffect(() => {
    window.addEventListener('focus', reload)
    return () => window.removeEventListener('focus', reload)
  }, [reload])
  const current = result?.planId === planId ? result : null
  return { versions: current?.versions ?? null, error: current?.error ?? null, reload }
}
