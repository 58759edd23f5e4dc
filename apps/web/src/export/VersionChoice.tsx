import { useCallback } from 'react'
import { fetchVersions } from '../api/versionApi'
import { formatDateTime } from '../i18n/formatDateTime'
import { versionName } from '../ui/versionName'
import { useI18n } from '../i18n/useI18n'
import { useAsync } from '../lib/useAsync'

interface VersionChoiceProps {
  id: string
  planId: string
  /** A version's id, or `''` for the current text. */
  value: string
  onChange: (value: string) => void
}

/**
 * The text to export: the current one or a saved version. The current text stays available
 * while the versions load, or if they cannot be loaded.
 */
export const VersionChoice = ({ id, planId, value, onChange }: VersionChoiceProps) => {
  const { t, lang } = useI18n()
  const load = useCallback((signal: AbortSignal) => fetchVersions(planId, signal), [planId])
  const versions = useAsync(load)
  const noteId = `${id}-note`
  const note =
    versions.status === 'loading'
      ? t('export.text.versionsLoading')
      : versions.status === 'error'
        ? t('export.text.versionsFailed')
        : null
  return (
    <>
      <label htmlFor={id} className="field-label">
        {t('export.text')}
      </label>
      <select
        id={id}
        className="select-input"
        data-testid="export-version"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={note ? noteId : undefined}
      >
        <option value="">{t('export.text.current')}</option>
        {versions.status === 'ready' &&
          versions.value.map((version) => (
            <option key={version.id} value={version.id}>
              {t('export.text.version', {
                name: versionName(t, version.label),
                date: formatDateTime(version.createdAt, lang),
              })}
            </option>
          ))}
        {/* A version asked for by the caller stays selectable before the list arrives. */}
        {versions.status !== 'ready' && value && (
          <option value={value}>{t('export.text.versionsLoading')}</option>
        )}
      </select>
      {note && (
        <p id={noteId} className="field-hint" role="status">
          {note}
        </p>
      )}
    </>
  )
}
