import { ApiError } from '../api/ApiError'
import { useT } from '../i18n/useT'
import type { AsyncState } from '../lib/useAsync'
import { Link } from '../router/Link'
import { LoadFailure } from './LoadFailure'

interface PlanNotOpenProps {
  /** The plan's loading, not yet ready. */
  opened: Exclude<AsyncState<unknown>, { status: 'ready' }>
  onRetry: () => void
  mainId: string
  loadingText: string
}

/**
 * The page's main part while a plan is not open: loading, refused (no access, no such plan)
 * with the way back to the plans, or failed with a retry.
 */
export const PlanNotOpen = ({ opened, onRetry, mainId, loadingText }: PlanNotOpenProps) => {
  const t = useT()
  const status =
    opened.status === 'error' && opened.error instanceof ApiError ? opened.error.status : null
  const refusal =
    status === 403 ? t('editor.forbidden') : status === 404 ? t('editor.notFound') : null
  return (
    <main id={mainId} tabIndex={-1} className="page-main">
      {opened.status === 'loading' && (
        <p className="page-note" role="status">
          {loadingText}
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
        <LoadFailure error={opened.error} message={t('editor.loadError')} onRetry={onRetry} />
      )}
    </main>
  )
}
