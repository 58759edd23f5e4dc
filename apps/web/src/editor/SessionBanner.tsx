import { CloseCode } from '@coplan/protocol'
import type { ReadOnlyCode } from '@coplan/protocol'
import { useSignedInUser } from '../auth/useSignedInUser'
import { closeReasonText } from '../collab/closeReasonText'
import type { SessionState } from '../collab/CollabSession'
import { connectionView } from '../collab/connectionView'
import type { MessageKey } from '../i18n/en'
import { useT } from '../i18n/useT'
import { Link } from '../router/Link'

const READ_ONLY_KEYS: Record<ReadOnlyCode, MessageKey> = {
  mentor: 'editor.readOnlyMentor',
  final: 'editor.readOnlyFinal',
  storage: 'editor.readOnlyStorage',
}

/** Closes after which reloading cannot help: the plan is gone for this person. */
const GONE_FOR_GOOD = new Set<number>([CloseCode.Forbidden, CloseCode.PlanNotFound])

/** While offline: what happens to the person's typing, or that they read the device's copy. */
const offlineKey = (state: SessionState): MessageKey => {
  if (!state.canWrite) return 'offline.bannerReadOnly'
  return state.deviceCopy === 'unavailable' ? 'offline.bannerNotKept' : 'offline.banner'
}

/**
 * Explains what the editor does now: the server made this session read-only (a mentor, a final
 * plan, storage trouble), took away the person's access, or closed it for good; or the
 * connection is lost, and where the person's typing is kept meanwhile. The live region is
 * always rendered so that its changes are announced.
 */
export const SessionBanner = ({ state }: { state: SessionState }) => {
  const t = useT()
  const { role } = useSignedInUser()
  const gone = state.closed !== null && GONE_FOR_GOOD.has(state.closed.code)
  if (!state.closed && connectionView(state) === 'offline') {
    return (
      <div className="session-banner-region" role="status" data-testid="session-banner">
        <div className="session-banner" data-testid="offline-banner">
          <p>{t(offlineKey(state))}</p>
        </div>
      </div>
    )
  }
  let message: string | null = null
  if (state.closed?.code === CloseCode.Forbidden) {
    message = t('editor.accessRemoved')
  } else if (state.closed?.code === CloseCode.PlanNotFound) {
    message = t('editor.planRemoved')
  } else if (state.closed) {
    message = t('editor.closed', { reason: closeReasonText(t, state.closed) })
  } else if (!state.canWrite && state.readOnlyCode) {
    // The server's reason is English; its code says the same in the UI language.
    message = t(READ_ONLY_KEYS[state.readOnlyCode])
  } else if (!state.canWrite && role === 'mentor') {
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
