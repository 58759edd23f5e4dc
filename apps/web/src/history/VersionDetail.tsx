import type { VersionView } from '@coplan/protocol'
import { useCallback, useId, useState } from 'react'
import { ApiError } from '../api/ApiError'
import { fetchVersion } from '../api/versionApi'
import { ExportButton } from '../export/ExportButton'
import { useI18n } from '../i18n/useI18n'
import { useAsync } from '../lib/useAsync'
import { Link } from '../router/Link'
import { planPath } from '../router/matchRoute'
import { navigate } from '../router/navigate'
import { LoadFailure } from '../shell/LoadFailure'
import { CompareWithCurrent } from './CompareWithCurrent'
import { CompareWithVersion } from './CompareWithVersion'
import { formatDateTime } from '../i18n/formatDateTime'
import { historyHref } from './historyHref'
import { ReadOnlyPlan } from './ReadOnlyPlan'
import { RestoreDialog } from './RestoreDialog'
import { versionName } from '../ui/versionName'

interface VersionDetailProps {
  planId: string
  versionId: string
  /** `current`, another version's id, or `null` to read the version alone. */
  compare: string | null
  versions: VersionView[]
  canEdit: boolean
  onRestored: () => void
}

/** One version, read-only or compared with the current text or another version; restorable. */
export const VersionDetail = (props: VersionDetailProps) => {
  const { planId, versionId, compare, versions, canEdit, onRestored } = props
  const { t, lang } = useI18n()
  const load = useCallback(
    (signal: AbortSignal) => fetchVersion(planId, versionId, signal),
    [planId, versionId],
  )
  const opened = useAsync(load)
  const [restoring, setRestoring] = useState(false)
  const [restored, setRestored] = useState(false)
  const compareId = useId()

  if (opened.status === 'loading') {
    return (
      <p className="page-note" role="status">
        {t('history.version.loading')}
      </p>
    )
  }
  if (opened.status === 'error') {
    // Another plan's version, or a mistyped address: trying again cannot help.
    if (opened.error instanceof ApiError && opened.error.status === 404) {
      return (
        <div className="page-note page-error" role="alert" data-testid="version-missing">
          <p>{t('history.version.notFound')}</p>
          <Link className="button" href={historyHref(planId)}>
            {t('history.version.toList')}
          </Link>
        </div>
      )
    }
    return (
      <LoadFailure
        error={opened.error}
        message={t('history.version.loadError')}
        onRetry={opened.retry}
      />
    )
  }

  const { version, content } = opened.value
  const name = versionName(t, version.label)
  const others = versions.filter((entry) => entry.id !== version.id)

  return (
    <article className="version-detail" aria-labelledby={`${compareId}-title`}>
      <div className="version-toolbar">
        <div className="version-heading">
          <h2 id={`${compareId}-title`} className="version-title" data-testid="version-title">
            {name}
          </h2>
          <p className="version-meta">
            {formatDateTime(version.createdAt, lang)}
            {version.createdBy && ` · ${t('history.by', { name: version.createdBy.name })}`}
          </p>
        </div>
        <div className="version-controls">
          <label htmlFor={compareId} className="compare-select-label">
            {t('history.compare.with')}
          </label>
          <select
            id={compareId}
            className="select-input compare-select"
            data-testid="compare-select"
            value={compare ?? ''}
            onChange={(event) =>
              navigate(historyHref(planId, { version: version.id, compare: event.target.value }), {
                replace: true,
              })
            }
          >
            <option value="">{t('history.compare.nothing')}</option>
            <option value="current">{t('history.current.label')}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {`${versionName(t, other.label)} · ${formatDateTime(other.createdAt, lang)}`}
              </option>
            ))}
          </select>
          <ExportButton planId={planId} versionId={version.id} className="button" />
          {canEdit && (
            <button type="button" className="button" onClick={() => setRestoring(true)}>
              {t('history.restore.button')}
            </button>
          )}
        </div>
      </div>
      <div role="status" className="version-notice-region">
        {restored && (
          <p className="version-notice">
            {t('history.restore.done', { name })}{' '}
            <Link href={planPath(planId)}>{t('history.backToPlan')}</Link>
          </p>
        )}
      </div>
      {compare === 'current' ? (
        <CompareWithCurrent planId={planId} content={content} versionLabel={name} />
      ) : compare ? (
        <CompareWithVersion planId={planId} version={version} content={content} otherId={compare} />
      ) : (
        <ReadOnlyPlan content={content} label={t('history.version.label', { name })} />
      )}
      {restoring && (
        <RestoreDialog
          planId={planId}
          version={version}
          onClose={() => setRestoring(false)}
          onRestored={() => {
            setRestoring(false)
            setRestored(true)
            onRestored()
          }}
        />
      )}
    </article>
  )
}
