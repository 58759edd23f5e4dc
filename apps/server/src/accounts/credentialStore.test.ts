import { describe, expect, it } from 'vitest'
import { hashSecret } from './secrets'
import { storeBackends } from '../testing/storeBackends'

const MINUTE = 60_000

describe.each(storeBackends)('the credential store (%s)', (_name, open) => {
  /** Stores whose clock the test moves, with one person in them. */
  const openAt = (startMs = Date.parse('2026-03-01T10:00:00.000Z')) => {
    let nowMs = startMs
    const stores = open({
      credentials: {
        sessionIdleMs: 30 * MINUTE,
        invitationTtlMs: 60 * MINUTE,
        now: () => new Date(nowMs),
      },
    })
    const ama = stores.users.create({ email: 'a@x', name: 'Ama', role: 'admin' })
    const kofi = stores.users.create({ email: 'k@x', name: 'Kofi', role: 'admin' })
    return { ...stores, ama, kofi, advance: (ms: number) => (nowMs += ms) }
  }

  it('keeps a session alive while it is used, and ends it after the idle time', () => {
    const { credentials, ama, advance } = openAt()
    const session = credentials.createSession(ama.id)
    expect(credentials.sessionUserId(session)).toBe(ama.id)
    expect(credentials.sessionUserId('unknown')).toBeNull()
    advance(20 * MINUTE)
    expect(credentials.sessionUserId(session)).toBe(ama.id)
    advance(20 * MINUTE) // 40 minutes after creation, 20 after the last use
    expect(credentials.sessionUserId(session)).toBe(ama.id)
    advance(31 * MINUTE)
    expect(credentials.sessionUserId(session)).toBeNull()
    advance(-31 * MINUTE)
    expect(credentials.sessionUserId(session)).toBeNull()
  })

  it('ends a session on sign-out', () => {
    const { credentials, ama } = openAt()
    const session = credentials.createSession(ama.id)
    const other = credentials.createSession(ama.id)
    credentials.deleteSession(session)
    expect(credentials.sessionUserId(session)).toBeNull()
    expect(credentials.sessionUserId(other)).toBe(ama.id)
  })

  it('refuses credentials of nobody', () => {
    const { credentials } = openAt()
    expect(() => credentials.createSession('nope')).toThrow()
    expect(() => credentials.createAccessToken('nope', 'x')).toThrow()
    expect(() => credentials.createInvitation('nope')).toThrow()
  })

  it('lists, finds and revokes access tokens', () => {
    const { credentials, ama, kofi, advance } = openAt()
    const first = credentials.createAccessToken(ama.id, 'script')
    advance(1000)
    const second = credentials.createAccessToken(kofi.id, 'backup')
    expect(first.token).toMatch(/^cpt_/)
    expect(credentials.tokenUserId(first.token)).toBe(ama.id)
    expect(credentials.tokenUserId(second.token)).toBe(kofi.id)
    expect(credentials.tokenUserId('cpt_unknown')).toBeNull()
    expect(credentials.listAccessTokens()).toEqual([
      {
        id: first.id,
        userId: ama.id,
        label: 'script',
        createdAt: '2026-03-01T10:00:00.000Z',
        revokedAt: null,
      },
      {
        id: second.id,
        userId: kofi.id,
        label: 'backup',
        createdAt: '2026-03-01T10:00:01.000Z',
        revokedAt: null,
      },
    ])
    expect(credentials.listAccessTokens(kofi.id).map((t) => t.id)).toEqual([second.id])
    advance(1000)
    expect(credentials.revokeAccessToken(first.id)).toBe(true)
    expect(credentials.revokeAccessToken(first.id)).toBe(false)
    expect(credentials.revokeAccessToken('nope')).toBe(false)
    expect(credentials.tokenUserId(first.token)).toBeNull()
    expect(credentials.listAccessTokens(ama.id)[0]?.revokedAt).toBe('2026-03-01T10:00:02.000Z')
  })

  it('stores hashes of secrets, never the secrets', () => {
    const { credentials, ama } = openAt()
    const { token } = credentials.createAccessToken(ama.id, 'script')
    expect(credentials.tokenUserId(hashSecret(token))).toBeNull()
  })

  it('honours only the latest unused, unexpired invitation', () => {
    const { credentials, ama, kofi, advance } = openAt()
    const old = credentials.createInvitation(ama.id)
    const latest = credentials.createInvitation(ama.id)
    const kofis = credentials.createInvitation(kofi.id)
    expect(latest.expiresAt).toBe('2026-03-01T11:00:00.000Z')
    expect(credentials.invitationUserId(old.secret)).toBeNull()
    expect(credentials.invitationUserId(latest.secret)).toBe(ama.id)
    expect(credentials.invitationUserId(kofis.secret)).toBe(kofi.id)
    advance(60 * MINUTE)
    expect(credentials.invitationUserId(latest.secret)).toBeNull()
  })

  it('consumes an invitation, ending the person’s sessions only', () => {
    const { credentials, ama, kofi } = openAt()
    const amaSession = credentials.createSession(ama.id)
    const kofiSession = credentials.createSession(kofi.id)
    const invitation = credentials.createInvitation(ama.id)
    credentials.consumeInvitation(invitation.secret, ama.id)
    expect(credentials.invitationUserId(invitation.secret)).toBeNull()
    expect(credentials.sessionUserId(amaSession)).toBeNull()
    expect(credentials.sessionUserId(kofiSession)).toBe(kofi.id)
  })
})
