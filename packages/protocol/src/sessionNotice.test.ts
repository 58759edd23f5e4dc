import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import { MessageType } from './messageTypes'
import { readSessionNotice, writeSessionNotice } from './sessionNotice'

describe('session notice', () => {
  it('round-trips', () => {
    const decoder = decoding.createDecoder(writeSessionNotice({ canWrite: false, reason: 'Final' }))
    expect(decoding.readVarUint(decoder)).toBe(MessageType.SessionNotice)
    expect(readSessionNotice(decoder)).toEqual({ canWrite: false, reason: 'Final' })
  })

  it('refuses a body that is not a notice', () => {
    const bytes = writeSessionNotice({ canWrite: true })
    bytes[bytes.length - 2] = 0x7b // corrupt the JSON
    const decoder = decoding.createDecoder(bytes)
    decoding.readVarUint(decoder)
    expect(() => readSessionNotice(decoder)).toThrow()
  })
})
