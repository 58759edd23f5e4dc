import type { PlanStatus } from '@coplan/protocol'
import { useRef, useState } from 'react'
import { useSignedInUser } from '../auth/useSignedInUser'
import { useT } from '../i18n/useT'
import type { Translate } from '../i18n/translate'
import { availableMoves } from './planMoves'
import type { PlanMove } from './planMoves'
import { TransitionDialog } from './TransitionDialog'
import type { LivePlan } from './useLivePlan'

/** The button text of a move; sending a plan back after changes were asked for is a resubmit. */
const moveLabel = (t: Translate, move: PlanMove, status: PlanStatus): string =>
  move.to === 'in_review' && status === 'changes_requested'
    ? t('workflow.action.resubmit')
    : t(`workflow.action.${move.to}`)

/** Moves that carry the work forward get the primary style; sending back or reopening does not. */
const FORWARD = new Set<PlanStatus>(['in_review', 'reviewed', 'final'])

/**
 * The status changes the signed-in person may make now, each confirmed in a dialog that takes
 * an optional message. Everyone else sees no buttons: the server would refuse them anyway.
 */
export const StatusActions = ({ live }: { live: LivePlan }) => {
  const t = useT()
  const { role } = useSignedInUser()
  const { plan } = live
  const moves = availableMoves(role, plan.status)
  const [chosen, setChosen] = useState<PlanMove | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const groupRef = useRef<HTMLDivElement>(null)

  return (
    <div
      ref={groupRef}
      className="status-actions"
      data-testid="status-actions"
      role="group"
      aria-label={t('workflow.actionsLabel')}
      tabIndex={-1}
    >
      {moves.map((move) => (
        <button
          key={move.to}
          type="button"
          className={`button button-small ${FORWARD.has(move.to) ? 'button-primary' : ''}`}
          onClick={() => setChosen(move)}
        >
          {moveLabel(t, move, plan.status)}
        </button>
      ))}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {chosen && (
        <TransitionDialog
          plan={plan}
          move={chosen}
          label={moveLabel(t, chosen, plan.status)}
          onClose={() => setChosen(null)}
          onStale={live.refresh}
          onMoved={(moved) => {
            setChosen(null)
            live.replace(moved)
            setAnnouncement(t('workflow.moved', { status: t(`workflow.status.${moved.status}`) }))
            // The button that opened the dialog may be gone with the old status.
            requestAnimationFrame(() => {
              if (!groupRef.current?.contains(document.activeElement)) groupRef.current?.focus()
            })
          }}
        />
      )}
    </div>
  )
}
