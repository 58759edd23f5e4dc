import { closeReasonText } from '../collab/closeReasonText'
import type { SessionState } from '../collab/CollabSession'
import { connectionView } from '../collab/connectionView'
import { useT } from '../i18n/useT'

export const ConnectionStatus = ({ state }: { state: SessionState }) => {
  const t = useT()
  const view = connectionView(state)
  // With no network there is nothing to reconnect to until the browser is back online.
  const text = state.closed
    ? t('status.closed', { reason: closeReasonText(t, state.closed) })
    : view === 'offline' && state.browserOffline
      ? t('offline.status')
      : t(`status.${view}`)
  return (
    <p
      className="connection-status"
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-state={view}
      title={text}
    >
      <span className="connection-dot" aria-hidden="true" />
      {/* All is well: the green dot says it, the words go to screen readers and the tooltip. */}
      <span className={view === 'synced' ? 'connection-text visually-hidden' : 'connection-text'}>
        {text}
      </span>
    </p>
  )
}
