import { useCallback, useEffect, useState } from 'react'

export type AsyncState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T }

/**
 * Runs `load` when it changes (keep it stable with `useCallback`), on `retry()` and on
 * `refresh()`. The previous request is aborted, and a result is shown only for the request it
 * answers, so a slow response for an old plan never replaces the current one. `retry` shows
 * loading again; `refresh` keeps what is shown until the new answer is there, and keeps it if
 * that fails (for re-reading in the background, e.g. after a live event).
 */
export const useAsync = <T>(
  load: (signal: AbortSignal) => Promise<T>,
): AsyncState<T> & { retry: () => void; refresh: () => void } => {
  const [request, setRequest] = useState({ attempt: 0, quiet: false })
  const [result, setResult] = useState<{
    load: typeof load
    attempt: number
    state: AsyncState<T>
  } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const { attempt, quiet } = request
    load(controller.signal).then(
      (value) => setResult({ load, attempt, state: { status: 'ready', value } }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setResult((previous) =>
          quiet && previous?.load === load && previous.state.status === 'ready'
            ? previous
            : { load, attempt, state: { status: 'error', error } },
        )
      },
    )
    return () => controller.abort()
  }, [load, request])

  const retry = useCallback(
    () => setRequest((value) => ({ attempt: value.attempt + 1, quiet: false })),
    [],
  )
  const refresh = useCallback(
    () => setRequest((value) => ({ attempt: value.attempt + 1, quiet: true })),
    [],
  )
  const current =
    result !== null &&
    result.load === load &&
    (result.attempt === request.attempt || (request.quiet && result.state.status === 'ready'))
  return { ...(current ? result.state : { status: 'loading' }), retry, refresh }
}
