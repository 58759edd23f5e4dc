import { useId } from 'react'
import { recallPlan } from '../collab/rememberedPlan'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'

interface UnsentChangesDialogProps {
  userId: string
  /** Plans whose copy on this device holds changes the server lacks. */
  planIds: readonly string[]
  onStay: () => void
  onSignOut: () => void
}

/**
 * Asks before signing out deletes changes that exist only on this device: signing out forgets
 * the plans kept here (so the next person at a shared computer finds none of it), and these
 * were written offline and not yet sent. Staying, and opening those plans online, sends them.
 */
export const UnsentChangesDialog = ({
  userId,
  planIds,
  onStay,
  onSignOut,
}: UnsentChangesDialogProps) => {
  const t = useT()
  const titleId = useId()
  const introId = useId()
  return (
    <Dialog titleId={titleId} descriptionId={introId} onClose={onStay}>
      <h2 id={titleId} className="dialog-title">
        {t('auth.unsent.title')}
      </h2>
      <p id={introId} className="dialog-intro">
        {t('auth.unsent.explain')}
      </p>
      <ul className="dialog-list" data-testid="unsent-plans">
        {planIds.map((planId) => (
          <li key={planId}>
            {recallPlan(userId, planId)?.plan.title ?? t('auth.unsent.unknownPlan')}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onStay}>
          {t('auth.unsent.stay')}
        </button>
        <button type="button" className="button button-danger" onClick={onSignOut}>
          {t('auth.unsent.signOut')}
        </button>
      </div>
    </Dialog>
  )
}
