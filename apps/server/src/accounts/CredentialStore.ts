export interface CredentialStoreOptions {
  /** A session ends after this long without use. */
  sessionIdleMs: number
  invitationTtlMs: number
  now?: () => Date
}

export interface AccessTokenInfo {
  id: string
  userId: string
  label: string
  createdAt: string
  revokedAt: string | null
}

/**
 * Sessions not seen for this long get their last use written again (not every request).
 * Shared by every implementation.
 */
export const TOUCH_AFTER_MS = 60_000

/**
 * Browser sessions, access tokens for scripts, and invitation links. Only hashes of the secrets
 * are stored; each secret is returned once, when it is created. Times come from the options'
 * `now`.
 */
export interface CredentialStore {
  createSession(userId: string): string
  /** The user of a live session, refreshing its idle timer; null if unknown or expired. */
  sessionUserId(secret: string): string | null
  deleteSession(secret: string): void
  createAccessToken(userId: string, label: string): { id: string; token: string }
  /** The user of a token that was not revoked. */
  tokenUserId(token: string): string | null
  /** Everyone's tokens, or `userId`'s, the oldest first, revoked ones too. */
  listAccessTokens(userId?: string): AccessTokenInfo[]
  /** Returns whether a live token was revoked. */
  revokeAccessToken(id: string): boolean
  /** A new one-time invitation link secret; earlier unused invitations of the user stop working. */
  createInvitation(userId: string): { secret: string; expiresAt: string }
  /** The user an invitation is for, if it is unused and unexpired. */
  invitationUserId(secret: string): string | null
  /** Marks the invitation used and ends the user's other sessions (a password was reset). */
  consumeInvitation(secret: string, userId: string): void
}
