import type { VersionView } from '@coplan/protocol'
import type { JSONContent } from '@tiptap/core'
import { useCallback } from 'react'
import { fetchVersion } from '../api/versionApi'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { LoadFailure } from '../shell/LoadFailure'
import { CompareView } from './CompareView'
import { versionName } from '../ui/versionName'

interface CompareWithVersionProps {
  planId: string
  version: VersionView
  content: JSONContent
  otherId: string
}

/** Two versions compared, the older one first whichever was opened first. */
export const CompareWithVersion = ({
  planId,
  version,
  content,
  otherId,
}: CompareWithVersionProps) => {
  const t = useT()
  const load = useCallback(
    (signal: AbortSignal) => fetchVersion(planId, otherId, signal),
    [planId, otherId],
  )
  const other = useAsync(load)
  if (other.status === 'loading') {
    return (
      <p className="page-note" role="status">
        {t('history.version.loading')}
      </p>
    )
  }
  if (other.status === 'error') {
    return (
      <LoadFailure
        error={other.error}
        message={t('history.version.loadError')}
        onRetry={other.retry}
      />
    )
  }
  const opened = { version, content }
  const [older, newer] =
    other.value.version.createdAt <= version.createdAt
      ? [other.value, opened]
      : [opened, other.value]
  return (
    <CompareView
      before={older.content}
      after={newer.content}
      beforeLabel={versionName(t, older.version.label)}
      afterLabel={versionName(t, newer.version.label)}
    />
  )
}
