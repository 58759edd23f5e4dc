import type { SessionState } from './CollabSession'

/** The four states the connection indicator shows (also its `data-state` for tests). */
export type ConnectionView = 'connecting' | 'synced' | 'offline' | 'closed'

/**
 * Folds the socket's life into what a writer cares about. y-websocket reports "connecting" again
 * on every retry, so "offline" is decided here: the browser has no network, or the socket is
 * not connected after having been connected (or after a failed attempt).
 */
export const connectionView = (state: SessionState): ConnectionView => {
  if (state.closed) return 'closed'
  if (state.browserOffline) return 'offline'
  if (state.socket === 'connected' && state.synced) return 'synced'
  if (state.socket !== 'connected' && (state.hasSynced || state.failedConnections > 0)) {
    return 'offline'
  }
  return 'connecting'
}
