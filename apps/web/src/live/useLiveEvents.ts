import { useContext, useEffect, useRef } from 'react'
import type { LiveSignal } from './LiveEventChannel'
import { LiveEventsContext } from './liveEventsContext'

/** Calls `listener` with each live event (and `resync`) while the component is mounted. */
export const useLiveEvents = (listener: (signal: LiveSignal) => void): void => {
  const subscribe = useContext(LiveEventsContext)
  if (!subscribe) throw new Error('useLiveEvents must be used inside <LiveEventsProvider>')
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => subscribe((signal) => latest.current(signal)), [subscribe])
}
