import { describe, expect, it } from 'vitest'
import { matchRoute, planPath } from './matchRoute'

describe('matchRoute', () => {
  it('knows home, plans, sign-in, invitations, the admin console and nothing else', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' })
    expect(matchRoute('/plans/abc-123')).toEqual({ name: 'plan', planId: 'abc-123' })
    expect(matchRoute('/plans/abc-123/')).toEqual({ name: 'plan', planId: 'abc-123' })
    expect(matchRoute('/plans/')).toEqual({ name: 'notFound' })
    expect(matchRoute('/sign-in')).toEqual({ name: 'signIn' })
    expect(matchRoute('/invite/s3cret')).toEqual({ name: 'invite', secret: 's3cret' })
    expect(matchRoute('/admin/')).toEqual({ name: 'admin' })
    expect(matchRoute('/admin/users')).toEqual({ name: 'notFound' })
  })

  it('round-trips ids through planPath', () => {
    expect(matchRoute(planPath('a b/c'))).toEqual({ name: 'plan', planId: 'a b/c' })
  })
})
