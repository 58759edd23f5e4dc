import type { PlanSummary } from '@coplan/protocol'
import { useCollabSession } from '../collab/useCollabSession'
import { useT } from '../i18n/useT'
import { EditorHeader } from './EditorHeader'
import { PlanEditor } from './PlanEditor'

/** Opens the plan's collaboration session and shows the editor once it exists. */
export const PlanWorkspace = ({ plan, canEdit }: { plan: PlanSummary; canEdit: boolean }) => {
  const t = useT()
  const session = useCollabSession(plan.id, canEdit)
  if (!session) {
    return (
      <>
        <EditorHeader plan={plan} />
        <p className="page-note" role="status">
          {t('editor.loading')}
        </p>
      </>
    )
  }
  return <PlanEditor plan={plan} session={session} />
}
