import { useSyncExternalStore } from 'react'
import { subscribeToLocation } from './subscribeToLocation'

const getSearch = (): string => window.location.search

/** One query parameter of the current location, or `null`; follows navigations. */
export const useSearchParam = (name: string): string | null =>
  new URLSearchParams(useSyncExternalStore(subscribeToLocation, getSearch)).get(name)
