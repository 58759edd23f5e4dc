import { describe, expect, it } from 'vitest'
import { parseLiveEvent } from './liveEvent'

describe('live events as a tab reads them', () => {
  it('reads the two kinds and nothing else', () => {
    expect(parseLiveEvent('{"type":"notifications"}')).toEqual({ type: 'notifications' })
    expect(parseLiveEvent('{"type":"plan","planId":"p1","extra":1}')).toEqual({
      type: 'plan',
      planId: 'p1',
    })
    for (const data of ['', 'null', '[]', '{"type":"plan"}', '{"type":"other"}', '{"type":']) {
      expect(parseLiveEvent(data)).toBeNull()
    }
  })
})
