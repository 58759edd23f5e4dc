import type { SessionUser } from '@coplan/protocol'
import { createContext } from 'react'
import type { SignInReason } from './signInPath'

/** Who is using this tab, as far as the server has told us. */
export type AuthState =
  | { status: 'loading' }
  /** `/api/auth/me` failed for another reason than "not signed in" (server down). */
  | { status: 'error'; error: unknown }
  | { status: 'signedOut'; reason: SignInReason | null }
  /** `offline`: the server could not be reached; this is the person last signed in here. */
  | { status: 'signedIn'; user: SessionUser; offline?: boolean }

export interface AuthValue {
  state: AuthState
  /** After a sign-in or an accepted invitation: the server has set the session cookie. */
  signedIn: (user: SessionUser) => void
  /** Ends the session on the server; rejects (and stays signed in) if that fails. */
  signOut: () => Promise<void>
  /** The server says the session is gone (a 401, or close code 4401 on the editor's socket). */
  sessionEnded: () => void
  /** Asks the server again after `status: 'error'`. */
  retry: () => void
  /**
   * Asks the server again, quietly, while signed in: after a sign of changed rights (a session
   * notice), so the header shows the person's new role and teams.
   */
  refreshUser: () => void
}

export const AuthContext = createContext<AuthValue | null>(null)
