import { useMemo, useSyncExternalStore } from 'react'
import type { CollabSession } from './CollabSession'
import type { SaveTracker } from './SaveTracker'

/** How long "none unsaved" must last before it is reported, when the count need not be exact. */
export const SAVED_AFTER_MS = 1000

export interface CountStore {
  subscribe: (notify: () => void) => () => void
  read: () => number
}

const exactCount = (saves: SaveTracker): CountStore => ({
  subscribe: (notify) => saves.subscribe(notify),
  read: () => saves.state.unsaved,
})

/** 1 while there are unsaved changes and until none have been for `SAVED_AFTER_MS`, else 0. */
export const settledAny = (saves: SaveTracker): CountStore => {
  let shown = Math.min(saves.state.unsaved, 1)
  return {
    subscribe: (notify) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const update = () => {
        clearTimeout(timer)
        if (saves.state.unsaved === 0) {
          timer = setTimeout(() => {
            shown = 0
            notify()
          }, SAVED_AFTER_MS)
        } else if (shown === 0) {
          shown = 1
          notify()
        }
      }
      const unsubscribe = saves.subscribe(update)
      update()
      return () => {
        clearTimeout(timer)
        unsubscribe()
      }
    },
    read: () => shown,
  }
}

/**
 * How many local changes the server has not confirmed storing yet. With `exact` false, only
 * whether there are any (1 or 0), and "none" only once none have been for `SAVED_AFTER_MS`:
 * while someone types online, each keystroke is confirmed a few milliseconds after it is made,
 * and the caller would re-render twice per keystroke. That matters beyond the indicator: at
 * each commit React measures the selection, which with the caret in a long plan means counting
 * characters through all the text before it.
 */
export const useUnsavedCount = (
  session: CollabSession,
  { exact = true }: { exact?: boolean } = {},
): number => {
  const store = useMemo(
    () => (exact ? exactCount(session.saves) : settledAny(session.saves)),
    [session, exact],
  )
  return useSyncExternalStore(store.subscribe, store.read)
}
