import { useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { DialogActions } from '../ui/DialogActions'
import { commentErrorText } from './commentErrorText'

/** Asks before deleting a comment; a thread's first comment takes the whole thread with it. */
export const ConfirmDeleteDialog = ({
  wholeThread,
  onConfirm,
  onClose,
}: {
  wholeThread: boolean
  onConfirm: () => Promise<void>
  onClose: () => void
}) => {
  const t = useT()
  const titleId = useId()
  const descriptionId = useId()
  const [deleting, setDeleting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <Dialog titleId={titleId} descriptionId={descriptionId} onClose={onClose}>
      <h2 id={titleId} className="dialog-title">
        {wholeThread ? t('comments.deleteThreadTitle') : t('comments.deleteTitle')}
      </h2>
      <p id={descriptionId} className="dialog-intro">
        {wholeThread ? t('comments.deleteThreadText') : t('comments.deleteText')}
      </p>
      <DialogActions
        error={error}
        cancelLabel={t('comments.cancel')}
        onCancel={onClose}
        confirmLabel={t('comments.delete')}
        pending={deleting}
        danger
        onConfirm={() => {
          setDeleting(true)
          onConfirm().then(onClose, (failure: unknown) => {
            setDeleting(false)
            setError(commentErrorText(t, failure))
          })
        }}
      />
    </Dialog>
  )
}
