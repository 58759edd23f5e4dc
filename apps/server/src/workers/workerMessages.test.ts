import { describe, expect, it } from 'vitest'
import { DOMAIN_ERROR_KINDS, DomainError, NotFound, TimedOut, domainError } from '../errors'
import { fromWireError, toWireError } from './workerMessages'

/** Through structured clone, as Node's advanced IPC serialization sends it. */
const across = (error: unknown): Error => fromWireError(structuredClone(toWireError(error)))

describe('worker errors on the wire', () => {
  it('bring a domain error back as its own class, with its code and message', () => {
    const back = across(new NotFound('version_not_found', 'There is no such version of this plan'))
    expect(back).toBeInstanceOf(NotFound)
    expect(back).toMatchObject({
      kind: 'not_found',
      code: 'version_not_found',
      message: 'There is no such version of this plan',
    })
    expect(across(new TimedOut('timeout', 'too long'))).toBeInstanceOf(TimedOut)
    for (const kind of DOMAIN_ERROR_KINDS) {
      expect(across(domainError(kind, 'c', 'm'))).toMatchObject({ kind, code: 'c', message: 'm' })
    }
  })

  it('bring anything else back as a plain Error with the worker’s stack', () => {
    const thrown = new RangeError('Unexpected end of array')
    const back = across(thrown)
    expect(back).not.toBeInstanceOf(DomainError)
    expect(back.message).toBe('Unexpected end of array')
    expect(back.stack).toBe(thrown.stack)
    expect(across('a string').message).toBe('a string')
  })

  it('do not trust a kind they do not know', () => {
    const back = fromWireError({ message: 'm', kind: 'teapot', code: 'c' })
    expect(back).not.toBeInstanceOf(DomainError)
  })
})
