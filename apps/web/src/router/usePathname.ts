import { useSyncExternalStore } from 'react'
import { subscribeToLocation } from './subscribeToLocation'

const getPathname = (): string => window.location.pathname

/** The current `location.pathname`, updated on back/forward and on `navigate()`. */
export const usePathname = (): string => useSyncExternalStore(subscribeToLocation, getPathname)
