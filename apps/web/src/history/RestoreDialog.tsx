import type { VersionView } from '@coplan/protocol'
import { useId, useState } from 'react'
import { restoreVersion } from '../api/versionApi'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { DialogActions } from '../ui/DialogActions'
import { useFailureText } from '../auth/useFailureText'
import type { FailureKeys } from '../auth/useFailureText'
import { versionName } from '../ui/versionName'

const FAILURES: FailureKeys = {
  version_not_found: { key: 'history.restore.notFound' },
  forbidden: { key: 'history.restore.forbidden' },
}

interface RestoreDialogProps {
  planId: string
  version: VersionView
  onClose: () => void
  onRestored: (restore: VersionView) => void
}

/** Asks before a version's text replaces the current text (as a new change, for everyone). */
export const RestoreDialog = ({ planId, version, onClose, onRestored }: RestoreDialogProps) => {
  const t = useT()
  const describeFailure = useFailureText(FAILURES)
  const [restoring, setRestoring] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const titleId = useId()
  const introId = useId()

  return (
    <Dialog titleId={titleId} descriptionId={introId} onClose={onClose}>
      <h2 id={titleId} className="dialog-title">
        {t('history.restore.title', { name: versionName(t, version.label) })}
      </h2>
      <p id={introId} className="dialog-intro">
        {t('history.restore.explain')}
      </p>
      <DialogActions
        error={error}
        cancelLabel={t('workflow.cancel')}
        onCancel={onClose}
        confirmLabel={t('history.restore.confirm')}
        pendingLabel={t('history.restore.restoring')}
        pending={restoring}
        confirmTestId="confirm-restore"
        onConfirm={() => {
          setRestoring(true)
          setError(null)
          restoreVersion(planId, version.id).then(onRestored, (failure: unknown) => {
            setRestoring(false)
            setError(describeFailure(failure))
          })
        }}
      />
    </Dialog>
  )
}
