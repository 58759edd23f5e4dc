import { randomUUID } from 'node:crypto'
import { compareText, mustExist } from '../database/MemoryDatabase'
import type { MemoryDatabase } from '../database/MemoryDatabase'
import { TOUCH_AFTER_MS } from './CredentialStore'
import type { AccessTokenInfo, CredentialStore, CredentialStoreOptions } from './CredentialStore'
import { createSecret, hashSecret } from './secrets'

/** Credentials in memory: for tests of the logic that signs people in. */
export class MemoryCredentialStore implements CredentialStore {
  readonly #db: MemoryDatabase
  readonly #options: CredentialStoreOptions

  /** `db` holds the people the credentials belong to. */
  constructor(db: MemoryDatabase, options: CredentialStoreOptions) {
    this.#db = db
    this.#options = options
  }

  #now(): Date {
    return (this.#options.now ?? (() => new Date()))()
  }

  /** Like SQLite's foreign keys: credentials belong to a stored person. */
  #checkUser(userId: string): void {
    mustExist(this.#db.users, userId, 'user')
  }

  createSession(userId: string): string {
    this.#checkUser(userId)
    const secret = createSecret()
    const idHash = hashSecret(secret)
    this.#db.sessions.set(idHash, { idHash, userId, lastSeenAt: this.#now().toISOString() })
    return secret
  }

  sessionUserId(secret: string): string | null {
    const idHash = hashSecret(secret)
    const session = this.#db.sessions.get(idHash)
    if (!session) return null
    const now = this.#now()
    const idle = now.getTime() - Date.parse(session.lastSeenAt)
    if (idle > this.#options.sessionIdleMs) {
      this.#db.sessions.delete(idHash)
      return null
    }
    if (idle > TOUCH_AFTER_MS) {
      this.#db.sessions.set(idHash, { ...session, lastSeenAt: now.toISOString() })
    }
    return session.userId
  }

  deleteSession(secret: string): void {
    this.#db.sessions.delete(hashSecret(secret))
  }

  createAccessToken(userId: string, label: string): { id: string; token: string } {
    this.#checkUser(userId)
    const id = randomUUID()
    const token = `cpt_${createSecret()}`
    this.#db.accessTokens.set(id, {
      id,
      tokenHash: hashSecret(token),
      userId,
      label,
      createdAt: this.#now().toISOString(),
      revokedAt: null,
    })
    return { id, token }
  }

  tokenUserId(token: string): string | null {
    const tokenHash = hashSecret(token)
    for (const row of this.#db.accessTokens.values()) {
      if (row.tokenHash === tokenHash && row.revokedAt === null) return row.userId
    }
    return null
  }

  listAccessTokens(userId?: string): AccessTokenInfo[] {
    return [...this.#db.accessTokens.values()]
      .filter((row) => userId === undefined || row.userId === userId)
      .sort((a, b) => compareText(a.createdAt, b.createdAt))
      .map(({ id, userId: owner, label, createdAt, revokedAt }) => ({
        id,
        userId: owner,
        label,
        createdAt,
        revokedAt,
      }))
  }

  revokeAccessToken(id: string): boolean {
    const row = this.#db.accessTokens.get(id)
    if (!row || row.revokedAt !== null) return false
    this.#db.accessTokens.set(id, { ...row, revokedAt: this.#now().toISOString() })
    return true
  }

  createInvitation(userId: string): { secret: string; expiresAt: string } {
    this.#checkUser(userId)
    const secret = createSecret()
    const now = this.#now()
    const expiresAt = new Date(now.getTime() + this.#options.invitationTtlMs).toISOString()
    this.#db.transaction(() => {
      for (const [tokenHash, row] of this.#db.invitations) {
        if (row.userId === userId && row.usedAt === null) {
          this.#db.invitations.set(tokenHash, { ...row, usedAt: now.toISOString() })
        }
      }
      const tokenHash = hashSecret(secret)
      this.#db.invitations.set(tokenHash, { tokenHash, userId, expiresAt, usedAt: null })
    })
    return { secret, expiresAt }
  }

  invitationUserId(secret: string): string | null {
    const row = this.#db.invitations.get(hashSecret(secret))
    if (!row || row.usedAt !== null || Date.parse(row.expiresAt) <= this.#now().getTime()) {
      return null
    }
    return row.userId
  }

  consumeInvitation(secret: string, userId: string): void {
    const now = this.#now().toISOString()
    this.#db.transaction(() => {
      const tokenHash = hashSecret(secret)
      const row = this.#db.invitations.get(tokenHash)
      if (row) this.#db.invitations.set(tokenHash, { ...row, usedAt: now })
      for (const [idHash, session] of this.#db.sessions) {
        if (session.userId === userId) this.#db.sessions.delete(idHash)
      }
    })
  }
}
