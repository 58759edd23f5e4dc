import type { BundleJob } from '@coplan/protocol'
import { useT } from '../i18n/useT'

/** The bundle's progress as a bar and in words: plans handled of all plans. */
export const BundleProgress = ({ job }: { job: BundleJob }) => {
  const t = useT()
  const counted = job.total > 0
  const percent = counted ? Math.round((job.done / job.total) * 100) : 0
  const text = counted
    ? t('export.bundle.progress', { done: job.done, total: job.total })
    : t('export.bundle.counting')
  return (
    <div className="bundle-progress">
      <div
        className="bundle-progress-bar"
        role="progressbar"
        aria-label={t('export.bundle.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        aria-valuetext={text}
        data-testid="bundle-progress"
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <span className="bundle-progress-text">{text}</span>
    </div>
  )
}
