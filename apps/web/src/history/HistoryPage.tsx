import { useCallback } from 'react'
import { fetchPlan } from '../api/planApi'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { PlanNotOpen } from '../shell/PlanNotOpen'
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

  return (
    <>
      <SkipLink targetId={HISTORY_MAIN_ID} label={t('app.skipToMain')} />
      <HistoryHeader plan={plan} />
      {opened.status === 'ready' ? (
        <HistoryWorkspace plan={opened.value.plan} canEdit={opened.value.access.edit} />
      ) : (
        <PlanNotOpen
          opened={opened}
          onRetry={opened.retry}
          mainId={HISTORY_MAIN_ID}
          loadingText={t('history.loadingPlan')}
        />
      )}
    </>
  )
}
