import { closeReasonText } from '../collab/closeReasonText'
import type { SessionState } from '../collab/CollabSession'
import { useT } from '../i18n/useT'

/**
 * Explains why the editor does not accept typing: the server made this session read-only, or
 * closed it for good. The live region is always rendered so that its changes are announced.
 */
export const SessionBanner = ({ state }: { state: SessionState }) => {
  const t = useT()
  let message: string | null = null
  if (state.closed) {
    message = t('editor.closed', { reason: closeReasonText(t, state.closed) })
  } else if (!state.canWrite) {
    message = state.readOnlyReason
      ? t('editor.readOnlyReason', { reason: state.readOnlyReason })
      : t('editor.readOnly')
  }
  return (
    <div className="session-banner-region" role="status" data-testid="session-banner">
      {message && (
        <div className={`session-banner ${state.closed ? 'session-banner-closed' : ''}`}>
          <p>{message}</p>
          {state.closed && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('editor.reload')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
