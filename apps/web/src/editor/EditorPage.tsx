import { useCallback } from 'react'
import { ApiError } from '../api/ApiError'
import { fetchPlan } from '../api/planApi'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { Link } from '../router/Link'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { EditorHeader } from './EditorHeader'
import { PlanWorkspace } from './PlanWorkspace'

const MAIN_ID = 'main'

/** `/plans/:id`: loads the plan's summary, then opens the editor (keyed by plan). */
export const EditorPage = ({ planId }: { planId: string }) => {
  const t = useT()
  const load = useCallback((signal: AbortSignal) => fetchPlan(planId, signal), [planId])
  const plan = useAsync(load)
  useDocumentTitle(plan.status === 'ready' ? null : t('app.name'))

  if (plan.status === 'ready') return <PlanWorkspace key={plan.value.id} plan={plan.value} />

  const notFound =
    plan.status === 'error' && plan.error instanceof ApiError && plan.error.status === 404
  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToMain')} />
      <EditorHeader />
      <main id={MAIN_ID} tabIndex={-1} className="page-main">
        {plan.status === 'loading' ? (
          <p className="page-note" role="status">
            {t('editor.loading')}
          </p>
        ) : (
          <div className="page-note page-error" role="alert">
            <p>{notFound ? t('editor.notFound') : t('editor.loadError')}</p>
            {notFound ? (
              <Link className="button" href="/">
                {t('app.goHome')}
              </Link>
            ) : (
              <button type="button" className="button" onClick={plan.retry}>
                {t('home.retry')}
              </button>
            )}
          </div>
        )}
      </main>
    </>
  )
}
