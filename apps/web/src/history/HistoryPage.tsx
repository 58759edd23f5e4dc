import { useCallback } from 'react'
import { ApiError } from '../api/ApiError'
import { fetchPlan } from '../api/planApi'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { Link } from '../router/Link'
import { LoadFailure } from '../ui/LoadFailure'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { HistoryHeader } from './HistoryHeader'
import { HISTORY_MAIN_ID, HistoryWorkspace } from './HistoryWorkspace'
import '../styles/history.css'

/** `/plans/:id/history`: a plan's versions and activity, for everyone who may read the plan. */
export const HistoryPage = ({ planId }: { planId: string }) => {
  const t = useT()
  const load = useCallback((signal: AbortSignal) => fetchPlan(planId, signal), [planId])
  const opened = useAsync(load)
  const plan = opened.status === 'ready' ? opened.value.plan : undefined
  useDocumentTitle(plan ? t('history.documentTitle', { title: plan.title }) : t('app.name'))
  const refused =
    opened.status === 'error' && opened.error instanceof ApiError ? opened.error.status : null
  const refusal =
    refused === 403 ? t('editor.forbidden') : refused === 404 ? t('editor.notFound') : null

  return (
    <>
      <SkipLink targetId={HISTORY_MAIN_ID} label={t('app.skipToMain')} />
      <HistoryHeader plan={plan} />
      {opened.status === 'ready' ? (
        <HistoryWorkspace plan={opened.value.plan} canEdit={opened.value.access.edit} />
      ) : (
        <main id={HISTORY_MAIN_ID} tabIndex={-1} className="page-main">
          {opened.status === 'loading' && (
            <p className="page-note" role="status">
              {t('history.loadingPlan')}
            </p>
          )}
          {opened.status === 'error' && refusal && (
            <div className="page-note page-error" role="alert" data-testid="plan-refused">
              <p>{refusal}</p>
              <Link className="button" href="/">
                {t('app.goHome')}
              </Link>
            </div>
          )}
          {opened.status === 'error' && !refusal && (
            <LoadFailure
              error={opened.error}
              message={t('editor.loadError')}
              onRetry={opened.retry}
            />
          )}
        </main>
      )}
    </>
  )
}
