import { useCallback, useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { useAuth } from '../auth/useAuth'
import { LiveEventChannel } from './LiveEventChannel'
import type { LiveSignal } from './LiveEventChannel'
import { LiveEventsContext } from './liveEventsContext'

/** Once the browser gave up on the stream (an error answer), how long until it is tried again. */
const RETRY_MS = 30_000

/**
 * Keeps one stream of live events open while someone is signed in (see `LiveEvent`), and lets
 * any part of the page listen to it. Without EventSource (very old browsers) nothing is
 * pushed and the pages' slow polls carry on alone.
 */
export const LiveEventsProvider = ({ children }: { children: ReactNode }) => {
  const { state } = useAuth()
  const userId = state.status === 'signedIn' ? state.user.id : null
  const listeners = useRef(new Set<(signal: LiveSignal) => void>())

  useEffect(() => {
    if (!userId || typeof EventSource === 'undefined') return
    const channel = new LiveEventChannel({
      url: '/api/events',
      open: (url) => new EventSource(url),
      retryMs: RETRY_MS,
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    })
    channel.subscribe((signal) => {
      for (const listener of [...listeners.current]) listener(signal)
    })
    return () => channel.stop()
  }, [userId])

  const subscribe = useCallback((listener: (signal: LiveSignal) => void) => {
    listeners.current.add(listener)
    return () => {
      listeners.current.delete(listener)
    }
  }, [])

  return <LiveEventsContext.Provider value={subscribe}>{children}</LiveEventsContext.Provider>
}
