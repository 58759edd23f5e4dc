import { createContext } from 'react'
import type { LiveSignal } from './LiveEventChannel'

/** Subscribes to the signed-in tab's live events; returns the function that unsubscribes. */
export type SubscribeLive = (listener: (signal: LiveSignal) => void) => () => void

export const LiveEventsContext = createContext<SubscribeLive | null>(null)
