import { useCallback } from 'react'
import { ApiError } from '../api/ApiError'
import { useSignedInUser } from '../auth/useSignedInUser'
import { openPlan } from '../collab/openPlan'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { Link } from '../router/Link'
import { LoadFailure } from '../ui/LoadFailure'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { EditorHeader } from './EditorHeader'
import { PlanWorkspace } from './PlanWorkspace'

const MAIN_ID = 'main'

/**
 * `/plans/:id`: asks the API whether and how the person may open the plan, then opens the
 * editor (keyed by plan). The check comes first because the browser reports a refused websocket
 * upgrade as a bare failed connection, which could not tell "no access" from "offline". When
 * the server cannot be reached, the answer remembered from the last online visit opens the
 * plan from the device's copy (`openPlan`).
 */
export const EditorPage = ({ planId }: { planId: string }) => {
  const t = useT()
  const { id: userId } = useSignedInUser()
  const load = useCallback(
    (signal: AbortSignal) => openPlan(userId, planId, signal),
    [userId, planId],
  )
  const opened = useAsync(load)
  useDocumentTitle(opened.status === 'ready' ? null : t('app.name'))

  if (opened.status === 'ready') {
    const { plan, access } = opened.value
    return <PlanWorkspace key={plan.id} plan={plan} access={access} />
  }

  const status =
    opened.status === 'error' && opened.error instanceof ApiError && opened.error.status
  const refusal =
    status === 403 ? t('editor.forbidden') : status === 404 ? t('editor.notFound') : null
  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToMain')} />
      <EditorHeader />
      <main id={MAIN_ID} tabIndex={-1} className="page-main">
        {opened.status === 'loading' && (
          <p className="page-note" role="status">
            {t('editor.loading')}
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
    </>
  )
}
