import { describe, expect, it } from 'vitest'
import { safeNextPath, signInPath } from './signInPath'

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/plans/abc')).toBe('/plans/abc')
    expect(safeNextPath('/admin?tab=people')).toBe('/admin?tab=people')
  })

  it('sends anything else home', () => {
    expect(safeNextPath(null)).toBe('/')
    expect(safeNextPath('https://evil.example/')).toBe('/')
    expect(safeNextPath('//evil.example/')).toBe('/')
    expect(safeNextPath('/\\evil.example/')).toBe('/')
    expect(safeNextPath('/sign-in?next=/x')).toBe('/')
  })
})

describe('signInPath', () => {
  it('carries the destination and the reason', () => {
    expect(signInPath({})).toBe('/sign-in')
    expect(signInPath({ next: '/' })).toBe('/sign-in')
    expect(signInPath({ next: '/plans/a b', reason: 'session-ended' })).toBe(
      '/sign-in?next=%2Fplans%2Fa+b&reason=session-ended',
    )
  })
})
