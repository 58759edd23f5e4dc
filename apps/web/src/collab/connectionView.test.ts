import { describe, expect, it } from 'vitest'
import type { SessionState } from './CollabSession'
import { INITIAL_SESSION_STATE } from './CollabSession'
import { connectionView } from './connectionView'

const state = (patch: Partial<SessionState>): SessionState => ({
  ...INITIAL_SESSION_STATE,
  ...patch,
})

describe('connectionView', () => {
  it('is connecting until the first sync', () => {
    expect(connectionView(state({}))).toBe('connecting')
    expect(connectionView(state({ socket: 'connected' }))).toBe('connecting')
  })

  it('is synced when connected and synced', () => {
    expect(connectionView(state({ socket: 'connected', synced: true, hasSynced: true }))).toBe(
      'synced',
    )
  })

  it('stays offline while y-websocket retries after a lost connection', () => {
    expect(connectionView(state({ socket: 'connecting', hasSynced: true }))).toBe('offline')
    expect(connectionView(state({ socket: 'disconnected', hasSynced: true }))).toBe('offline')
    expect(connectionView(state({ failedConnections: 2 }))).toBe('offline')
  })

  it('is offline as soon as the browser says so', () => {
    const live = { socket: 'connected', synced: true, hasSynced: true } as const
    expect(connectionView(state({ ...live, browserOffline: true }))).toBe('offline')
  })

  it('is closed for good after a permanent close, whatever else holds', () => {
    const closed = { code: 4404, reason: 'Plan not found' }
    expect(connectionView(state({ closed, browserOffline: true }))).toBe('closed')
  })
})
