import type { CollabSession, SessionState } from '../collab/CollabSession'
import { connectionView } from '../collab/connectionView'
import { isEditable } from '../collab/isEditable'
import { saveView } from '../collab/saveView'
import { useUnsavedCount } from '../collab/useUnsavedCount'
import { useT } from '../i18n/useT'

/**
 * "All changes saved" only once the server has confirmed storing everything typed here (its
 * PersistedAck), "Saving…" while changes are on their way, and how many changes wait for a
 * connection otherwise. Shown to people who may write, and to anyone with changes outstanding.
 */
export const SaveStatus = ({ session, state }: { session: CollabSession; state: SessionState }) => {
  const t = useT()
  const context = { connection: connectionView(state), canWrite: state.canWrite }
  // The count is shown only while changes wait on this device; otherwise "Saving…" is the same
  // for one change or fifty, and typing need not re-render this.
  const counted = saveView(1, context) === 'unsaved-offline'
  const unsaved = useUnsavedCount(session, { exact: counted })
  if (!isEditable(state) && unsaved === 0) return null
  const view = saveView(unsaved, context)
  const text =
    view === 'saved'
      ? t('save.saved')
      : view === 'saving'
        ? t('save.saving')
        : t('save.unsaved', { count: unsaved })
  return (
    <p
      className="save-status"
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={view}
      title={text}
    >
      <span className="save-icon" aria-hidden="true" />
      <span className="save-text">{text}</span>
    </p>
  )
}
