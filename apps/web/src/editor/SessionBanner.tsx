import { CloseCode } from '@coplan/protocol'
import { useSignedInUser } from '../auth/useSignedInUser'
import { closeReasonText } from '../collab/closeReasonText'
import type { SessionState } from '../collab/CollabSession'
import { useT } from '../i18n/useT'
import { Link } from '../router/Link'

/** Closes after which reloading cannot help: the plan is gone for this person. */
const GONE_FOR_GOOD = new Set<number>([CloseCode.Forbidden, CloseCode.PlanNotFound])

/**
 * Explains why the editor does not accept typing: the server made this session read-only (a
 * mentor), took away the person's access, or closed it for good. The live region is always
 * rendered so that its changes are announced.
 */
export const SessionBanner = ({ state }: { state: SessionState }) => {
  const t = useT()
  const { role } = useSignedInUser()
  const gone = state.closed !== null && GONE_FOR_GOOD.has(state.closed.code)
  let message: string | null = null
  if (state.closed?.code === CloseCode.Forbidden) {
    message = t('editor.accessRemoved')
  } else if (state.closed?.code === CloseCode.PlanNotFound) {
    message = t('editor.planRemoved')
  } else if (state.closed) {
    message = t('editor.closed', { reason: closeReasonText(t, state.closed) })
  } else if (!state.canWrite && role === 'mentor') {
    // The server's reason is English; this is the same rule in the UI language.
    message = t('editor.readOnlyMentor')
  } else if (!state.canWrite) {
    message = state.readOnlyReason
      ? t('editor.readOnlyReason', { reason: state.readOnlyReason })
      : t('editor.readOnly')
  }
  return (
    <div className="session-banner-region" role="status" data-testid="session-banner">
      {message && (
        <div
          className={`session-banner ${state.closed ? 'session-banner-closed' : ''}`}
          data-closed={state.closed?.code}
        >
          <p>{message}</p>
          {gone && (
            <Link className="button" href="/">
              {t('app.goHome')}
            </Link>
          )}
          {state.closed && !gone && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('editor.reload')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
