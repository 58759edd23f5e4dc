import type { BundleJob } from '@coplan/protocol'
import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../api/ApiError'
import { useT } from '../i18n/useT'
import { useFailureText } from '../auth/useFailureText'
import type { FailureKeys } from '../auth/useFailureText'
import { fetchBundleJob, startCourseBundle } from './exportApi'

/** How often a running job's progress is read. */
const POLL_INTERVAL_MS = 500

// The server forgets a job an hour after it started, and every job when it restarts.
const FAILURES: FailureKeys = { job_not_found: { key: 'export.bundle.jobGone' } }

export interface BundleJobState {
  /** The job as last read, or null before one was started. */
  job: BundleJob | null
  starting: boolean
  /** A failed start or progress read, in the UI language. */
  error: string | null
  start: () => void
}

/**
 * Starts the course bundle and follows it: the job is read every `POLL_INTERVAL_MS` while it
 * runs, and no more once it is done or failed, or when the page goes away. A failed read stops
 * the polling and is shown; starting again makes a new job.
 */
export const useBundleJob = (): BundleJobState => {
  const t = useT()
  const describe = useFailureText(FAILURES)
  const [jobId, setJobId] = useState<string | null>(null)
  const [job, setJob] = useState<BundleJob | null>(null)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!jobId) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = () => {
      fetchBundleJob(jobId, controller.signal).then(
        (read) => {
          setJob(read)
          if (read.status === 'running') timer = setTimeout(poll, POLL_INTERVAL_MS)
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return
          setError(failure instanceof ApiError ? describe(failure) : t('export.bundle.pollFailed'))
        },
      )
    }
    poll()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [jobId, describe, t])

  const start = useCallback(() => {
    setStarting(true)
    setError(null)
    startCourseBundle().then(
      (id) => {
        setStarting(false)
        setJob(null)
        setJobId(id)
      },
      (failure: unknown) => {
        setStarting(false)
        setError(describe(failure))
      },
    )
  }, [describe])

  return { job, starting, error, start }
}
