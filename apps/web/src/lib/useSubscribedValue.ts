import { useMemo, useSyncExternalStore } from 'react'
import { createValueStore } from './createValueStore'

/**
 * `compute()` kept current by an external `subscribe`, re-rendering only when the value changes
 * by `isEqual`. `subscribe`, `compute` and `isEqual` must be stable (module functions or
 * `useCallback`).
 */
export const useSubscribedValue = <T>(
  subscribe: (onChange: () => void) => () => void,
  compute: () => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T => {
  const store = useMemo(
    () => createValueStore(subscribe, compute, isEqual),
    [subscribe, compute, isEqual],
  )
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
