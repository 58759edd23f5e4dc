import type { SessionUser } from '@coplan/protocol'
import { useAuth } from './useAuth'

/**
 * The signed-in person, for pages inside `<RequireSignIn>`, which renders them only while
 * someone is signed in. Anywhere else it throws.
 */
export const useSignedInUser = (): SessionUser => {
  const { state } = useAuth()
  if (state.status !== 'signedIn') throw new Error('useSignedInUser needs <RequireSignIn>')
  return state.user
}
