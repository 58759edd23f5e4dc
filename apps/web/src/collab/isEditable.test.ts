import { describe, expect, it } from 'vitest'
import type { SessionState } from './CollabSession'
import { INITIAL_SESSION_STATE } from './CollabSession'
import { isEditable } from './isEditable'

const state = (patch: Partial<SessionState>): SessionState => ({
  ...INITIAL_SESSION_STATE,
  ...patch,
})

describe('isEditable', () => {
  it('waits for the plan, from the server or from the device', () => {
    expect(isEditable(state({}))).toBe(false)
    expect(isEditable(state({ deviceCopy: 'empty' }))).toBe(false)
    expect(isEditable(state({ hasSynced: true }))).toBe(true)
    expect(isEditable(state({ deviceCopy: 'holdsPlan', browserOffline: true }))).toBe(true)
  })

  it('never offers editing to a read-only person, online or offline', () => {
    expect(isEditable(state({ hasSynced: true, canWrite: false }))).toBe(false)
    expect(isEditable(state({ deviceCopy: 'holdsPlan', canWrite: false }))).toBe(false)
  })

  it('stops after a permanent close', () => {
    const closed = { code: 4403, reason: 'Forbidden' }
    expect(isEditable(state({ hasSynced: true, closed }))).toBe(false)
  })
})
