import type { PlanListItem } from '@coplan/protocol'
import { useT } from '../i18n/useT'

/** How many template sections have content: "7/12" over a bar. */
export const SectionProgress = ({ plan }: { plan: PlanListItem }) => {
  const t = useT()
  const { sectionsFilled: filled, sectionsTotal: total } = plan
  const share = total > 0 ? Math.min(1, filled / total) : 0
  return (
    <span
      className="section-progress"
      title={t('dashboard.sectionsTitle', { filled, total })}
      data-complete={filled >= total || undefined}
    >
      <span className="section-progress-text">
        <span aria-hidden="true">{`${filled}/${total}`}</span>
        <span className="visually-hidden">{t('dashboard.sectionsTitle', { filled, total })}</span>
      </span>
      <span className="section-progress-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
    </span>
  )
}
