import type { JSONContent } from '@tiptap/core'
import { useT } from '../i18n/useT'
import { CompareView } from './CompareView'
import { useCurrentPlanText } from './useCurrentPlanText'

interface CompareWithCurrentProps {
  planId: string
  content: JSONContent
  versionLabel: string
}

/** A version compared with the plan's current text, which follows live edits. */
export const CompareWithCurrent = ({ planId, content, versionLabel }: CompareWithCurrentProps) => {
  const t = useT()
  const current = useCurrentPlanText(planId)
  if (!current.content) {
    const failed = current.connection === 'offline' || current.connection === 'closed'
    return (
      <p
        className={failed ? 'page-note page-error' : 'page-note'}
        role={failed ? 'alert' : 'status'}
      >
        {failed ? t('history.current.failed') : t('history.current.loading')}
      </p>
    )
  }
  return (
    <CompareView
      before={content}
      after={current.content}
      beforeLabel={versionLabel}
      afterLabel={t('history.current.label')}
    />
  )
}
