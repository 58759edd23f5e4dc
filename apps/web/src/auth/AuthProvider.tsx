import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { isUnauthenticated } from '../api/ApiError'
import { fetchMe, signOut as requestSignOut } from '../api/authApi'
import { isNetworkFailure } from '../api/isNetworkFailure'
import { AuthContext } from './authContext'
import type { AuthState, AuthValue } from './authContext'
import { forgetUser, recallUser, rememberUser } from './rememberedUser'

/**
 * The server refused the session. After one's own sign-out, sockets and requests still in
 * flight are refused too: that is not news, and the sign-in page keeps saying "you have
 * signed out".
 */
const endedSession = (previous: AuthState): AuthState =>
  previous.status === 'signedOut' ? previous : { status: 'signedOut', reason: 'session-ended' }

/**
 * Asks the server who is signed in (`/api/auth/me`) once per page load, and keeps the answer
 * current as the person signs in and out or the server ends their session. The session itself
 * is an HttpOnly cookie this code never sees. When the server cannot be reached, the person
 * last signed in on this browser stays signed in (`offline`), so the plans kept on the device
 * open; back online, the server is asked again.
 */
export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<AuthState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    fetchMe(controller.signal).then(
      (user) => {
        rememberUser(user)
        setState({ status: 'signedIn', user })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthenticated(error)) {
          forgetUser()
          setState({ status: 'signedOut', reason: null })
          return
        }
        const remembered = isNetworkFailure(error) ? recallUser() : null
        setState(
          remembered
            ? { status: 'signedIn', user: remembered, offline: true }
            : { status: 'error', error },
        )
      },
    )
    return () => controller.abort()
  }, [attempt])

  const signedIn = useCallback<AuthValue['signedIn']>((user) => {
    rememberUser(user)
    setState({ status: 'signedIn', user })
  }, [])
  const signedInId = state.status === 'signedIn' ? state.user.id : null
  const signOut = useCallback(async () => {
    await requestSignOut()
    forgetUser()
    setState({ status: 'signedOut', reason: 'signed-out' })
    // What this device keeps of the person's plans goes too (a shared computer); an editor
    // still open lets go of its copy as the sign-in page replaces it.
    if (signedInId) {
      import('../collab/deviceCopies')
        .then(({ forgetDeviceCopies }) => forgetDeviceCopies(signedInId))
        .catch((error: unknown) =>
          console.warn('Could not delete the plans kept on this device', error),
        )
    }
  }, [signedInId])
  const sessionEnded = useCallback(() => {
    forgetUser()
    setState(endedSession)
  }, [])
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((value) => value + 1)
  }, [])

  const refreshUser = useCallback(() => {
    fetchMe().then(
      (user) => {
        rememberUser(user)
        setState({ status: 'signedIn', user })
      },
      (error: unknown) => {
        if (isUnauthenticated(error)) {
          forgetUser()
          setState(endedSession)
        }
        // Otherwise what is shown stays true enough; the server enforces the rights anyway.
        else console.warn('Could not refresh the signed-in person', error)
      },
    )
  }, [])

  // Signed in from memory: ask the server as soon as the network is back.
  const offline = state.status === 'signedIn' && state.offline === true
  useEffect(() => {
    if (!offline) return
    window.addEventListener('online', refreshUser)
    return () => window.removeEventListener('online', refreshUser)
  }, [offline, refreshUser])

  const value = useMemo<AuthValue>(
    () => ({ state, signedIn, signOut, sessionEnded, retry, refreshUser }),
    [state, signedIn, signOut, sessionEnded, retry, refreshUser],
  )
  return <AuthContext value={value}>{children}</AuthContext>
}
