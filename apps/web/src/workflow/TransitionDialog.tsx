import type { PlanSummary } from '@coplan/protocol'
import { useId, useState } from 'react'
import { ApiError } from '../api/ApiError'
import { changePlanStatus } from '../api/workflowApi'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { DialogActions } from '../ui/DialogActions'
import type { PlanMove } from './planMoves'
import { useFailureText } from '../auth/useFailureText'
import type { FailureKeys } from '../auth/useFailureText'

/** As the server's `MAX_TRANSITION_MESSAGE`. */
const MAX_MESSAGE_LENGTH = 2000

const FAILURES: FailureKeys = {
  transition_forbidden: { key: 'workflow.error.forbidden' },
  wrong_status: { key: 'workflow.error.wrongStatus' },
  reason_required: { key: 'workflow.error.reasonRequired' },
  message_too_long: { key: 'workflow.error.messageTooLong', values: { max: MAX_MESSAGE_LENGTH } },
}

interface TransitionDialogProps {
  plan: PlanSummary
  move: PlanMove
  /** The move's name, as its button says it. */
  label: string
  onClose: () => void
  onMoved: (plan: PlanSummary) => void
  /** The plan's status changed under us: the caller re-reads it. */
  onStale: () => void
}

/** Confirms a status change and takes the message that goes with it (required to reopen). */
export const TransitionDialog = ({
  plan,
  move,
  label,
  onClose,
  onMoved,
  onStale,
}: TransitionDialogProps) => {
  const t = useT()
  const describeFailure = useFailureText(FAILURES)
  const [message, setMessage] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const titleId = useId()
  const introId = useId()
  const fieldId = useId()
  const hintId = useId()
  const errorId = useId()
  const missingReason = move.needsMessage && !message.trim()

  return (
    <Dialog titleId={titleId} descriptionId={introId} onClose={onClose}>
      <form
        data-testid="status-dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (submitting || missingReason) return
          setSubmitting(true)
          setError(null)
          changePlanStatus(plan.id, move.to, message.trim() || undefined).then(
            onMoved,
            (failure) => {
              setSubmitting(false)
              setError(describeFailure(failure))
              if (failure instanceof ApiError && failure.code === 'wrong_status') onStale()
            },
          )
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t(`workflow.confirm.${move.to}`)}
        </h2>
        <p id={introId} className="dialog-intro">
          {t(`workflow.explain.${move.to}`)}
        </p>
        <label htmlFor={fieldId} className="field-label">
          {move.needsMessage ? t('workflow.reasonLabel') : t('workflow.messageLabel')}
        </label>
        <textarea
          id={fieldId}
          className="text-input text-area"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          maxLength={MAX_MESSAGE_LENGTH}
          rows={4}
          required={move.needsMessage}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          // The dialog opens on a question; typing the message is the one thing to do next.
          autoFocus
        />
        <p id={hintId} className="field-hint">
          {t('workflow.messageHint')}
        </p>
        <DialogActions
          error={error}
          errorId={errorId}
          cancelLabel={t('workflow.cancel')}
          onCancel={onClose}
          confirmLabel={label}
          pendingLabel={t('workflow.moving')}
          pending={submitting}
          disabled={missingReason}
        />
      </form>
    </Dialog>
  )
}
