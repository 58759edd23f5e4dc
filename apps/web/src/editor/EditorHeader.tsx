import type { PlanSummary } from '@coplan/protocol'
import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/useI18n'
import { Link } from '../router/Link'
import { AppHeader } from '../shell/AppHeader'
import { CountryBadge } from '../ui/CountryBadge'
import { countryName } from '../ui/countryName'
import { PlanStatusBar } from '../workflow/PlanStatusBar'
import { StatusBadge } from '../workflow/StatusBadge'
import { useLivePlan } from '../workflow/useLivePlan'

interface EditorHeaderProps {
  plan?: PlanSummary
  actions?: ReactNode
  /**
   * The session's right to write, when known. It changes when the plan becomes final or is
   * reopened by someone else, so a change re-reads the status at once instead of at the next poll.
   */
  canWrite?: boolean
}

/**
 * The editor page's header, also shown while the plan loads (then without a plan), and under
 * it the plan's workflow bar: its status, the moves the person may make, its history.
 */
export const EditorHeader = ({ plan, actions, canWrite }: EditorHeaderProps) =>
  plan ? (
    <PlanHeader plan={plan} actions={actions} canWrite={canWrite} />
  ) : (
    <AppHeader actions={actions}>
      <BackLink />
    </AppHeader>
  )

const BackLink = () => {
  const { t } = useI18n()
  return (
    <Link className="back-link" href="/">
      <span aria-hidden="true">←</span> {t('editor.backToPlans')}
    </Link>
  )
}

// The status is kept current here, not by the editor: only the header and its bar show it.
const PlanHeader = ({
  plan: initial,
  actions,
  canWrite,
}: EditorHeaderProps & { plan: PlanSummary }) => {
  const { lang } = useI18n()
  const live = useLivePlan(initial)
  const { plan, refresh } = live
  const knownCanWrite = useRef(canWrite)
  useEffect(() => {
    if (knownCanWrite.current === canWrite) return
    knownCanWrite.current = canWrite
    refresh()
  }, [canWrite, refresh])

  return (
    <>
      <AppHeader actions={actions}>
        <BackLink />
        <div className="header-titles">
          <h1 className="header-title" data-testid="plan-title">
            {plan.title}
          </h1>
          <span className="header-subtitle">
            <CountryBadge code={plan.team.countryCode} />
            {countryName(plan.team, lang)}
            <StatusBadge status={plan.status} testId="plan-status" />
          </span>
        </div>
      </AppHeader>
      <PlanStatusBar live={live} />
    </>
  )
}
