import type { PlanSummary } from '@coplan/protocol'
import type { PlanAccess } from '../api/planApi'
import { useSignedInUser } from '../auth/useSignedInUser'
import { deviceCopyName } from '../collab/deviceCopyName'
import { useCollabSession } from '../collab/useCollabSession'
import { useRememberedAccess } from '../collab/useRememberedAccess'
import { usePlanVisit } from '../comments/usePlanVisit'
import { useT } from '../i18n/useT'
import { EditorHeader } from './EditorHeader'
import { PlanEditor } from './PlanEditor'

/**
 * Opens the plan's collaboration session, with this person's copy of it on the device, and
 * shows the editor once the session exists.
 */
export const PlanWorkspace = ({ plan, access }: { plan: PlanSummary; access: PlanAccess }) => {
  const t = useT()
  const { id: userId } = useSignedInUser()
  const session = useCollabSession(plan.id, {
    canWrite: access.edit,
    deviceCopyName: deviceCopyName(userId, plan.id),
  })
  useRememberedAccess(userId, { plan, access }, session)
  usePlanVisit(plan.id)
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
  return <PlanEditor plan={plan} session={session} mayComment={access.comment} />
}
