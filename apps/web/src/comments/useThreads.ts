import { useSyncExternalStore } from 'react'
import type { ThreadStore, ThreadsSnapshot } from '../collab/ThreadStore'

export const useThreads = (store: ThreadStore): ThreadsSnapshot =>
  useSyncExternalStore(store.subscribe, store.getSnapshot)
