import type { VersionView } from '@coplan/protocol'
import { useId, useState } from 'react'
import { saveVersion } from '../api/versionApi'
import { useT } from '../i18n/useT'
import { useFailureText } from '../auth/useFailureText'
import type { FailureKeys } from '../auth/useFailureText'
import { versionName } from '../ui/versionName'

/** As the server's `MAX_VERSION_NAME`. */
const MAX_NAME_LENGTH = 100

const FAILURES: FailureKeys = {
  empty_name: { key: 'history.save.empty' },
  name_too_long: { key: 'history.save.tooLong', values: { max: MAX_NAME_LENGTH } },
  forbidden: { key: 'history.save.forbidden' },
}

/** For people who may edit: keeps the current text as a version with a name of their choice. */
export const SaveVersionForm = ({
  planId,
  onSaved,
}: {
  planId: string
  onSaved: (version: VersionView) => void
}) => {
  const t = useT()
  const describeFailure = useFailureText(FAILURES)
  const [name, setName] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState('')
  const fieldId = useId()
  const errorId = useId()

  return (
    <form
      className="save-version"
      data-testid="save-version-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (saving || !name.trim()) return
        setSaving(true)
        setError(null)
        setSaved('')
        saveVersion(planId, name.trim()).then(
          (version) => {
            setSaving(false)
            setName('')
            setSaved(t('history.save.done', { name: versionName(t, version.label) }))
            onSaved(version)
          },
          (failure: unknown) => {
            setSaving(false)
            setError(describeFailure(failure))
          },
        )
      }}
    >
      <label htmlFor={fieldId} className="field-label">
        {t('history.save.label')}
      </label>
      <div className="save-version-row">
        <input
          id={fieldId}
          className="text-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('history.save.placeholder')}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="button" disabled={saving || !name.trim()}>
          {saving ? t('history.save.saving') : t('history.save.submit')}
        </button>
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="form-success" role="status">
        {saved}
      </p>
    </form>
  )
}
