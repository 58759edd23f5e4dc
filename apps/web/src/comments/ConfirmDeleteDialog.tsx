import { useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
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
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('comments.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={deleting}
          onClick={() => {
            setDeleting(true)
            onConfirm().then(onClose, (failure: unknown) => {
              setDeleting(false)
              setError(commentErrorText(t, failure))
            })
          }}
        >
          {t('comments.delete')}
        </button>
      </div>
    </Dialog>
  )
}
