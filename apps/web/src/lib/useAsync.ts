import { useCallback, useEffect, useState } from 'react'

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T }

/**
 * Runs `load` when it changes (keep it stable with `useCallback`) and on `retry()`. The previous
 * request is aborted, and a result is shown only for the request it answers, so a slow response
 * for an old plan never replaces the current one.
 */
export const useAsync = <T>(
  load: (signal: AbortSignal) => Promise<T>,
): AsyncState<T> & { retry: () => void } => {
  const [attempt, setAttempt] = useState(0)
  const [result, setResult] = useState<{
    load: typeof load
    attempt: number
    state: AsyncState<T>
  } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).then(
      (value) => setResult({ load, attempt, state: { status: 'ready', value } }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setResult({ load, attempt, state: { status: 'error', error } })
      },
    )
    return () => controller.abort()
  }, [load, attempt])

  const retry = useCallback(() => setAttempt((value) => value + 1), [])
  const current = result && result.load === load && result.attempt === attempt
  return { ...(current ? result.state : { status: 'loading' }), retry }
}
