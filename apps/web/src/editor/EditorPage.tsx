import { useCallback } from 'react'
import { useSignedInUser } from '../auth/useSignedInUser'
import { openPlan } from '../collab/openPlan'
import { useT } from '../i18n/useT'
import { useAsync } from '../lib/useAsync'
import { PlanNotOpen } from '../shell/PlanNotOpen'
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

  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('app.skipToMain')} />
      <EditorHeader />
      <PlanNotOpen
        opened={opened}
        onRetry={opened.retry}
        mainId={MAIN_ID}
        loadingText={t('editor.loading')}
      />
    </>
  )
}
