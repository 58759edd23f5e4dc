import { useSyncExternalStore } from 'react'
import type { CollabSession, SessionState } from './CollabSession'

export const useSessionState = (session: CollabSession): SessionState =>
  useSyncExternalStore(session.subscribe, session.getState)
