import { useEffect } from 'react'
import { isUnauthenticated } from '../api/ApiError'
import { useAuth } from '../auth/useAuth'
import { useT } from '../i18n/useT'

interface LoadFailureProps {
  error: unknown
  /** What could not be loaded, in a sentence. */
  message: string
  onRetry: () => void
}

/**
 * A page's data could not be loaded: the message and a retry button. When the cause is an ended
 * session, the person is sent to sign in instead (the server's word is final, so no retry).
 */
export const LoadFailure = ({ error, message, onRetry }: LoadFailureProps) => {
  const t = useT()
  const { sessionEnded } = useAuth()
  const unauthenticated = isUnauthenticated(error)
  useEffect(() => {
    if (unauthenticated) sessionEnded()
  }, [unauthenticated, sessionEnded])
  if (unauthenticated) return null
  return (
    <div className="page-note page-error" role="alert">
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('home.retry')}
      </button>
    </div>
  )
}
