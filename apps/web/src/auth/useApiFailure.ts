import { useCallback } from 'react'
import { isUnauthenticated } from '../api/ApiError'
import { useT } from '../i18n/useT'
import { apiErrorText } from '../ui/apiErrorText'
import { useAuth } from './useAuth'

/**
 * For the failure of a request a person started (a form): the message to show, or `null` when
 * the session has ended, in which case the person is on their way to the sign-in page already.
 */
export const useApiFailure = (): ((error: unknown) => string | null) => {
  const t = useT()
  const { sessionEnded } = useAuth()
  return useCallback(
    (error: unknown) => {
      if (!isUnauthenticated(error)) return apiErrorText(t, error)
      sessionEnded()
      return null
    },
    [t, sessionEnded],
  )
}
