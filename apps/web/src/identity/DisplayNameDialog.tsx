import { useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { MAX_NAME_LENGTH } from './storedIdentity'

interface DisplayNameDialogProps {
  initialName: string
  onSave: (name: string) => void
  onClose: () => void
}

export const DisplayNameDialog = ({ initialName, onSave, onClose }: DisplayNameDialogProps) => {
  const t = useT()
  const [name, setName] = useState(initialName)
  const titleId = useId()
  const introId = useId()
  const inputId = useId()
  const trimmed = name.trim()

  return (
    <Dialog titleId={titleId} descriptionId={introId} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (trimmed) onSave(trimmed)
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t('identity.dialogTitle')}
        </h2>
        <p id={introId} className="dialog-intro">
          {t('identity.dialogIntro')}
        </p>
        <label htmlFor={inputId} className="field-label">
          {t('identity.nameLabel')}
        </label>
        <input
          id={inputId}
          data-testid="display-name-input"
          className="text-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          required
          autoFocus
        />
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('identity.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!trimmed}>
            {t('identity.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
