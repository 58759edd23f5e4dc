import type { PlanSummary } from '@coplan/protocol'
import { useState } from 'react'
import { useT } from '../i18n/useT'
import { Link } from '../router/Link'
import { useSearchParam } from '../router/useSearchParam'
import { LoadFailure } from '../shell/LoadFailure'
import { historyHref } from './historyHref'
import { PlanActivity } from './PlanActivity'
import { SaveVersionForm } from './SaveVersionForm'
import { VersionDetail } from './VersionDetail'
import { VersionList } from './VersionList'
import { useVersions } from './useVersions'

export const HISTORY_MAIN_ID = 'main'

interface HistoryWorkspaceProps {
  plan: PlanSummary
  canEdit: boolean
}

/**
 * The history of a loaded plan: versions (or its activity) beside the open version. What is
 * open lives in the query (`?version=…&compare=…&tab=activity`), so views can be shared.
 */
export const HistoryWorkspace = ({ plan, canEdit }: HistoryWorkspaceProps) => {
  const t = useT()
  const versionId = useSearchParam('version')
  const compare = useSearchParam('compare')
  const tab = useSearchParam('tab') === 'activity' ? 'activity' : 'versions'
  const { versions, error, reload } = useVersions(plan.id)
  // Saving or restoring adds activity too; a new key reads it again.
  const [changes, setChanges] = useState(0)
  const changed = () => {
    reload()
    setChanges((value) => value + 1)
  }

  return (
    <div className="history-layout" data-open={versionId ? 'version' : undefined}>
      <aside
        className="history-sidebar"
        data-testid="history-panel"
        aria-label={t('history.title')}
      >
        <nav className="history-tabs" aria-label={t('history.tabsLabel')}>
          <Link
            className="history-tab"
            href={historyHref(plan.id, { version: versionId, compare })}
            aria-current={tab === 'versions' ? 'page' : undefined}
          >
            {t('history.versionsHeading')}
          </Link>
          <Link
            className="history-tab"
            href={historyHref(plan.id, { version: versionId, compare, tab: 'activity' })}
            aria-current={tab === 'activity' ? 'page' : undefined}
          >
            {t('activity.planHeading')}
          </Link>
        </nav>
        {tab === 'activity' ? (
          <PlanActivity key={changes} planId={plan.id} />
        ) : (
          <>
            {canEdit && <SaveVersionForm planId={plan.id} onSaved={changed} />}
            {versions && (
              <VersionList planId={plan.id} versions={versions} selectedId={versionId} />
            )}
            {!versions && !error && (
              <p className="sidebar-note" role="status">
                {t('history.loading')}
              </p>
            )}
            {error !== null && (
              <LoadFailure error={error} message={t('history.loadError')} onRetry={reload} />
            )}
          </>
        )}
      </aside>
      <main id={HISTORY_MAIN_ID} tabIndex={-1} className="history-main">
        {versionId ? (
          <VersionDetail
            key={versionId}
            planId={plan.id}
            versionId={versionId}
            compare={compare}
            versions={versions ?? []}
            canEdit={canEdit}
            onRestored={changed}
          />
        ) : (
          <div className="history-hint">
            <p>{t('history.hint')}</p>
          </div>
        )}
      </main>
    </div>
  )
}
