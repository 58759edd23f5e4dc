import { parse as parseCookies } from 'hono/utils/cookie'
import type { CredentialStore } from '../accounts/CredentialStore'
import type { User, UserStore } from '../accounts/UserStore'

export const SESSION_COOKIE = 'coplan_session'

/** How a request proved who it is: a browser session cookie or a script's access token. */
export type Credential = { kind: 'session'; secret: string } | { kind: 'token'; secret: string }

export interface Principal {
  user: User
  credential: Credential
}

/** Turns credentials into people. The one place that decides whether a credential is valid. */
export class Authenticator {
  readonly #users: UserStore
  readonly #credentials: CredentialStore

  constructor(users: UserStore, credentials: CredentialStore) {
    this.#users = users
    this.#credentials = credentials
  }

  /**
   * The credential a request carries: `Authorization: Bearer`, then the session cookie, then
   * (only where `allowQueryToken`: browsers cannot set headers on a websocket) `?token=`.
   */
  credentialOf(headers: Headers, url: URL, { allowQueryToken = false } = {}): Credential | null {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1]
    if (bearer) return { kind: 'token', secret: bearer }
    const cookie = parseCookies(headers.get('cookie') ?? '', SESSION_COOKIE)[SESSION_COOKIE]
    if (cookie) return { kind: 'session', secret: cookie }
    const query = allowQueryToken ? url.searchParams.get('token') : null
    if (query) return { kind: 'token', secret: query }
    return null
  }

  /** The active person behind a credential, or null if it is unknown, expired or revoked. */
  authenticate(credential: Credential | null): Principal | null {
    if (!credential) return null
    const userId =
      credential.kind === 'session'
        ? this.#credentials.sessionUserId(credential.secret)
        : this.#credentials.tokenUserId(credential.secret)
    const user = userId ? this.#users.find(userId) : null
    return user?.active ? { user, credential } : null
  }
}
