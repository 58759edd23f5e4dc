import { describe, expect, it } from 'vitest'
import { unsentClients } from './unsentClients'

describe('what a device copy holds that the server lacks', () => {
  it('is every client ahead of what the server confirmed', () => {
    const state = new Map([
      [1, 10],
      [2, 5],
      [3, 7],
    ])
    const confirmed = new Map([
      [1, 10],
      [2, 4],
    ])
    expect(unsentClients(state, confirmed)).toEqual([2, 3])
    expect(unsentClients(state, state)).toEqual([])
    expect(unsentClients(new Map(), confirmed)).toEqual([])
  })
})
