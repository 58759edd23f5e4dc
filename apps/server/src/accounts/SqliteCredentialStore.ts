import { randomUUID } from 'node:crypto'
import type { Db } from '../database/openDatabase'
import { TOUCH_AFTER_MS } from './CredentialStore'
import type { AccessTokenInfo, CredentialStore, CredentialStoreOptions } from './CredentialStore'
import { createSecret, hashSecret } from './secrets'

/** Credentials in the `sessions`, `access_tokens` and `invitations` tables. */
export class SqliteCredentialStore implements CredentialStore {
  readonly #options: CredentialStoreOptions
  readonly #statements
  // Made once: better-sqlite3 builds a wrapper per call of `db.transaction`.
  readonly #replaceInvitation
  readonly #consumeInvitation

  constructor(db: Db, options: CredentialStoreOptions) {
    this.#options = options
    this.#statements = {
      insertSession: db.prepare<[string, string, string, string]>(
        'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
      ),
      session: db.prepare<[string], { user_id: string; last_seen_at: string }>(
        'SELECT user_id, last_seen_at FROM sessions WHERE id_hash = ?',
      ),
      deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?'),
      touchSession: db.prepare<[string, string]>(
        'UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?',
      ),
      deleteSessionsOf: db.prepare<[string]>('DELETE FROM sessions WHERE user_id = ?'),
      insertToken: db.prepare<[string, string, string, string, string]>(
        'INSERT INTO access_tokens (id, token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      tokenUser: db.prepare<[string], { user_id: string }>(
        'SELECT user_id FROM access_tokens WHERE token_hash = ? AND revoked_at IS NULL',
      ),
      tokens: db.prepare<
        [],
        {
          id: string
          user_id: string
          label: string
          created_at: string
          revoked_at: string | null
        }
      >('SELECT id, user_id, label, created_at, revoked_at FROM access_tokens ORDER BY created_at'),
      revokeToken: db.prepare<[string, string]>(
        'UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ),
      retireInvitationsOf: db.prepare<[string, string]>(
        'UPDATE invitations SET used_at = ? WHERE user_id = ? AND used_at IS NULL',
      ),
      insertInvitation: db.prepare<[string, string, string, string]>(
        'INSERT INTO invitations (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ),
      invitation: db.prepare<[string], { user_id: string; expires_at: string }>(
        'SELECT user_id, expires_at FROM invitations WHERE token_hash = ? AND used_at IS NULL',
      ),
      useInvitation: db.prepare<[string, string]>(
        'UPDATE invitations SET used_at = ? WHERE token_hash = ?',
      ),
    }
    this.#replaceInvitation = db.transaction(
      (tokenHash: string, userId: string, now: string, expiresAt: string) => {
        this.#statements.retireInvitationsOf.run(now, userId)
        this.#statements.insertInvitation.run(tokenHash, userId, now, expiresAt)
      },
    )
    this.#consumeInvitation = db.transaction((tokenHash: string, userId: string, now: string) => {
      this.#statements.useInvitation.run(now, tokenHash)
      this.#statements.deleteSessionsOf.run(userId)
    })
  }

  #now(): Date {
    return (this.#options.now ?? (() => new Date()))()
  }

  createSession(userId: string): string {
    const secret = createSecret()
    const now = this.#now().toISOString()
    this.#statements.insertSession.run(hashSecret(secret), userId, now, now)
    return secret
  }

  sessionUserId(secret: string): string | null {
    const idHash = hashSecret(secret)
    const row = this.#statements.session.get(idHash)
    if (!row) return null
    const now = this.#now()
    const idle = now.getTime() - Date.parse(row.last_seen_at)
    if (idle > this.#options.sessionIdleMs) {
      this.#statements.deleteSession.run(idHash)
      return null
    }
    if (idle > TOUCH_AFTER_MS) this.#statements.touchSession.run(now.toISOString(), idHash)
    return row.user_id
  }

  deleteSession(secret: string): void {
    this.#statements.deleteSession.run(hashSecret(secret))
  }

  createAccessToken(userId: string, label: string): { id: string; token: string } {
    const id = randomUUID()
    const token = `cpt_${createSecret()}`
    this.#statements.insertToken.run(
      id,
      hashSecret(token),
      userId,
      label,
      this.#now().toISOString(),
    )
    return { id, token }
  }

  tokenUserId(token: string): string | null {
    return this.#statements.tokenUser.get(hashSecret(token))?.user_id ?? null
  }

  listAccessTokens(userId?: string): AccessTokenInfo[] {
    return this.#statements.tokens
      .all()
      .filter((row) => userId === undefined || row.user_id === userId)
      .map((row) => ({
        id: row.id,
        userId: row.user_id,
        label: row.label,
        createdAt: row.created_at,
        revokedAt: row.revoked_at,
      }))
  }

  revokeAccessToken(id: string): boolean {
    return this.#statements.revokeToken.run(this.#now().toISOString(), id).changes > 0
  }

  createInvitation(userId: string): { secret: string; expiresAt: string } {
    const secret = createSecret()
    const now = this.#now()
    const expiresAt = new Date(now.getTime() + this.#options.invitationTtlMs).toISOString()
    this.#replaceInvitation(hashSecret(secret), userId, now.toISOString(), expiresAt)
    return { secret, expiresAt }
  }

  invitationUserId(secret: string): string | null {
    const row = this.#statements.invitation.get(hashSecret(secret))
    if (!row || Date.parse(row.expires_at) <= this.#now().getTime()) return null
    return row.user_id
  }

  consumeInvitation(secret: string, userId: string): void {
    this.#consumeInvitation(hashSecret(secret), userId, this.#now().toISOString())
  }
}
