import { beforeAll, describe, expect, it } from 'vitest'
import { MemoryCredentialStore } from '../accounts/MemoryCredentialStore'
import { MemoryUserStore } from '../accounts/MemoryUserStore'
import { MemoryDatabase } from '../database/MemoryDatabase'
import { Authenticator } from './Authenticator'

/**
 * An authenticator on fresh in-memory stores with one person in it (the stores' contract suite
 * checks that they behave like the SQLite ones).
 */
const openAuthenticator = () => {
  const db = new MemoryDatabase()
  const users = new MemoryUserStore(db)
  const credentials = new MemoryCredentialStore(db, {
    sessionIdleMs: 60_000,
    invitationTtlMs: 60_000,
  })
  const ama = users.create({ email: 'ama@ghana.example', name: 'Ama Owusu', role: 'admin' })
  return { authenticator: new Authenticator(users, credentials), users, credentials, ama }
}

let opened: ReturnType<typeof openAuthenticator>
beforeAll(() => {
  opened = openAuthenticator()
})

const URL_PLAIN = new URL('http://coplan.test/api/plans')
const URL_WITH_TOKEN = new URL('http://coplan.test/collab/plan-1?token=from-query')

const credentialOf = (
  headers: Record<string, string>,
  url = URL_PLAIN,
  options?: { allowQueryToken?: boolean },
) => opened.authenticator.credentialOf(new Headers(headers), url, options)

describe('Authenticator.credentialOf', () => {
  it('reads a bearer token from the Authorization header, whatever the case of "Bearer"', () => {
    expect(credentialOf({ authorization: 'Bearer cpt_abc' })).toEqual({
      kind: 'token',
      secret: 'cpt_abc',
    })
    expect(credentialOf({ authorization: 'bearer cpt_abc' })).toEqual({
      kind: 'token',
      secret: 'cpt_abc',
    })
    expect(credentialOf({ authorization: 'BEARER   cpt_abc' })).toEqual({
      kind: 'token',
      secret: 'cpt_abc',
    })
  })

  it('reads the session cookie among others, and no cookie of a similar name', () => {
    expect(credentialOf({ cookie: 'theme=dark; coplan_session=s3cret; lang=fr' })).toEqual({
      kind: 'session',
      secret: 's3cret',
    })
    expect(credentialOf({ cookie: 'coplan_session_old=s3cret; xcoplan_session=s3cret' })).toBe(null)
    expect(credentialOf({ cookie: 'coplan_session=' })).toBe(null)
  })

  it.each([
    ['Basic dXNlcjpwYXNz'],
    ['Bearer'],
    ['Bearer '],
    ['Bearer two words'],
    ['Bearer cpt_abc trailing'],
    ['XBearer cpt_abc'],
    ['Token cpt_abc'],
  ])('takes no token from a malformed Authorization header: %j', (authorization) => {
    expect(credentialOf({ authorization })).toBe(null)
    // …and goes on to the cookie.
    expect(credentialOf({ authorization, cookie: 'coplan_session=s3cret' })).toEqual({
      kind: 'session',
      secret: 's3cret',
    })
  })

  it('takes ?token= from the URL only where allowed (the websocket), never for the HTTP API', () => {
    expect(credentialOf({}, URL_WITH_TOKEN)).toBe(null)
    expect(credentialOf({}, URL_WITH_TOKEN, {})).toBe(null)
    expect(credentialOf({}, URL_WITH_TOKEN, { allowQueryToken: false })).toBe(null)
    expect(credentialOf({}, URL_WITH_TOKEN, { allowQueryToken: true })).toEqual({
      kind: 'token',
      secret: 'from-query',
    })
    expect(
      credentialOf({}, new URL('http://coplan.test/collab/plan-1?token='), {
        allowQueryToken: true,
      }),
    ).toBe(null)
    expect(credentialOf({}, URL_PLAIN, { allowQueryToken: true })).toBe(null)
  })

  it('prefers the Authorization header to the cookie, and the cookie to the URL', () => {
    const all = { authorization: 'Bearer from-header', cookie: 'coplan_session=from-cookie' }
    expect(credentialOf(all, URL_WITH_TOKEN, { allowQueryToken: true })).toEqual({
      kind: 'token',
      secret: 'from-header',
    })
    expect(
      credentialOf({ cookie: 'coplan_session=from-cookie' }, URL_WITH_TOKEN, {
        allowQueryToken: true,
      }),
    ).toEqual({ kind: 'session', secret: 'from-cookie' })
    expect(
      credentialOf({ authorization: 'Bearer from-header' }, URL_WITH_TOKEN, {
        allowQueryToken: true,
      }),
    ).toEqual({ kind: 'token', secret: 'from-header' })
  })

  it('finds nothing in a request without credentials', () => {
    expect(credentialOf({})).toBe(null)
  })
})

describe('Authenticator.authenticate', () => {
  const setup = openAuthenticator

  it('finds the person behind an access token or a session', () => {
    const { authenticator, credentials, ama } = setup()
    const token = credentials.createAccessToken(ama.id, 'script').token
    const session = credentials.createSession(ama.id)
    expect(authenticator.authenticate({ kind: 'token', secret: token })).toEqual({
      user: ama,
      credential: { kind: 'token', secret: token },
    })
    expect(authenticator.authenticate({ kind: 'session', secret: session })).toEqual({
      user: ama,
      credential: { kind: 'session', secret: session },
    })
  })

  it('does not take a session for a token, nor a token for a session', () => {
    const { authenticator, credentials, ama } = setup()
    const token = credentials.createAccessToken(ama.id, 'script').token
    const session = credentials.createSession(ama.id)
    expect(authenticator.authenticate({ kind: 'session', secret: token })).toBe(null)
    expect(authenticator.authenticate({ kind: 'token', secret: session })).toBe(null)
  })

  it('refuses no credential, an unknown one and the credentials of a deactivated person', () => {
    const { authenticator, credentials, users, ama } = setup()
    expect(authenticator.authenticate(null)).toBe(null)
    expect(authenticator.authenticate({ kind: 'token', secret: 'cpt_unknown' })).toBe(null)
    expect(authenticator.authenticate({ kind: 'session', secret: 'unknown' })).toBe(null)
    const token = credentials.createAccessToken(ama.id, 'script').token
    users.update(ama.id, { active: false })
    expect(authenticator.authenticate({ kind: 'token', secret: token })).toBe(null)
  })
})
