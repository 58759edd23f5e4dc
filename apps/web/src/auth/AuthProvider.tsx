import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { isUnauthenticated } from '../api/ApiError'
import { fetchMe, signOut as requestSignOut } from '../api/authApi'
import { AuthContext } from './authContext'
import type { AuthState, AuthValue } from './authContext'

/**
 * Asks the server who is signed in (`/api/auth/me`) once per page load, and keeps the answer
 * current as the person signs in and out or the server ends their session. The session itself
 * is an HttpOnly cookie this code never sees.
 */
export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<AuthState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    fetchMe(controller.signal).then(
      (user) => setState({ status: 'signedIn', user }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setState(
          isUnauthenticated(error)
            ? { status: 'signedOut', reason: null }
            : { status: 'error', error },
        )
      },
    )
    return () => controller.abort()
  }, [attempt])

  const signedIn = useCallback<AuthValue['signedIn']>(
    (user) => setState({ status: 'signedIn', user }),
    [],
  )
  const signOut = useCallback(async () => {
    await requestSignOut()
    setState({ status: 'signedOut', reason: 'signed-out' })
  }, [])
  const sessionEnded = useCallback(
    () => setState({ status: 'signedOut', reason: 'session-ended' }),
    [],
  )
  const retry = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((value) => value + 1)
  }, [])

  const refreshUser = useCallback(() => {
    fetchMe().then(
      (user) => setState({ status: 'signedIn', user }),
      (error: unknown) => {
        if (isUnauthenticated(error)) setState({ status: 'signedOut', reason: 'session-ended' })
        // Otherwise what is shown stays true enough; the server enforces the rights anyway.
        else console.warn('Could not refresh the signed-in person', error)
      },
    )
  }, [])

  const value = useMemo<AuthValue>(
    () => ({ state, signedIn, signOut, sessionEnded, retry, refreshUser }),
    [state, signedIn, signOut, sessionEnded, retry, refreshUser],
  )
  return <AuthContext value={value}>{children}</AuthContext>
}
