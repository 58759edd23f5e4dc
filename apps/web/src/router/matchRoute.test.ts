import { describe, expect, it } from 'vitest'
import { historyPath, matchRoute, planPath } from './matchRoute'

describe('matchRoute', () => {
  it('knows home, plans and their history, sign-in, invitations, the admin pages and nothing else', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' })
    expect(matchRoute('/plans/abc-123')).toEqual({ name: 'plan', planId: 'abc-123' })
    expect(matchRoute('/plans/abc-123/')).toEqual({ name: 'plan', planId: 'abc-123' })
    expect(matchRoute('/plans/')).toEqual({ name: 'notFound' })
    expect(matchRoute('/sign-in')).toEqual({ name: 'signIn' })
    expect(matchRoute('/invite/s3cret')).toEqual({ name: 'invite', secret: 's3cret' })
    expect(matchRoute('/admin/')).toEqual({ name: 'admin' })
    expect(matchRoute('/admin/users')).toEqual({ name: 'notFound' })
    expect(matchRoute('/admin/activity')).toEqual({ name: 'activity' })
    expect(matchRoute('/plans/abc-123/history')).toEqual({ name: 'history', planId: 'abc-123' })
    expect(matchRoute('/plans/abc-123/history/')).toEqual({ name: 'history', planId: 'abc-123' })
    expect(matchRoute('/plans/abc-123/versions')).toEqual({ name: 'notFound' })
  })

  it('round-trips ids through planPath', () => {
    expect(matchRoute(planPath('a b/c'))).toEqual({ name: 'plan', planId: 'a b/c' })
    expect(matchRoute(historyPath('a b/c'))).toEqual({ name: 'history', planId: 'a b/c' })
  })
})
