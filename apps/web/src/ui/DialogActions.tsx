import type { ReactNode } from 'react'

interface DialogActionsProps {
  /** The last failure, announced above the buttons; `null` shows nothing. */
  error: string | null
  /** For a field that names the error in its `aria-describedby`. */
  errorId?: string
  cancelLabel: string
  onCancel: () => void
  confirmLabel: string
  /** Replaces `confirmLabel` while the action runs. */
  pendingLabel?: string
  /** The action runs: the confirm button is disabled until it ends. */
  pending: boolean
  /** Disables the confirm button for another reason (an empty required field). */
  disabled?: boolean
  /** Without it, the confirm button submits the form it stands in. */
  onConfirm?: () => void
  danger?: boolean
  quietCancel?: boolean
  confirmTestId?: string
  /** The comment composer's small variant, with `hint` before the buttons. */
  compact?: boolean
  hint?: ReactNode
  /** Only the error shows (a compact composer keeps its buttons until it is used). */
  buttonsHidden?: boolean
}

/**
 * The foot of a confirming dialog or form: the error of the last try, then Cancel and the
 * action, whose button is disabled and may say so while the action runs.
 */
export const DialogActions = ({
  error,
  errorId,
  cancelLabel,
  onCancel,
  confirmLabel,
  pendingLabel,
  pending,
  disabled = false,
  onConfirm,
  danger = false,
  quietCancel = false,
  confirmTestId,
  compact = false,
  hint,
  buttonsHidden = false,
}: DialogActionsProps) => {
  const size = compact ? ' button-small' : ''
  return (
    <>
      {error && (
        <p id={errorId} className={compact ? 'comment-error' : 'form-error'} role="alert">
          {error}
        </p>
      )}
      {!buttonsHidden && (
        <div className={compact ? 'comment-composer-actions' : 'dialog-actions'}>
          {hint}
          <button
            type="button"
            className={`button${quietCancel ? ' button-quiet' : ''}${size}`}
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
          <button
            type={onConfirm ? 'button' : 'submit'}
            className={`button ${danger ? 'button-danger' : 'button-primary'}${size}`}
            disabled={pending || disabled}
            data-testid={confirmTestId}
            onClick={onConfirm}
          >
            {pending && pendingLabel !== undefined ? pendingLabel : confirmLabel}
          </button>
        </div>
      )}
    </>
  )
}
