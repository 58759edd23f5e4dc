/** A store for `useSyncExternalStore` that caches `compute()` until the source reports a change. */
export interface ValueStore<T> {
  subscribe: (notify: () => void) => () => void
  getSnapshot: () => T
}

/**
 * Wraps a change source and a computation into a store. `notify` is called only when the
 * recomputed value differs by `isEqual`, so subscribers re-render only for real changes.
 */
export const createValueStore = <T>(
  subscribe: (onChange: () => void) => () => void,
  compute: () => T,
  isEqual: (a: T, b: T) => boolean,
): ValueStore<T> => {
  let snapshot = compute()
  const refresh = (): boolean => {
    const next = compute()
    if (isEqual(snapshot, next)) return false
    snapshot = next
    return true
  }
  return {
    subscribe: (notify) => {
      // The source may have changed between render and subscription; React re-reads after this.
      refresh()
      return subscribe(() => {
        if (refresh()) notify()
      })
    },
    getSnapshot: () => snapshot,
  }
}
