import { useT } from '../i18n/useT'
import { bundleErrorText } from './bundleErrorText'
import { bundleDownloadUrl } from './exportApi'
import { BundlePlanList } from './BundlePlanList'
import { BundleProgress } from './BundleProgress'
import { useBundleJob } from './useBundleJob'
import './export.css'

/**
 * The admin console's course export: one click builds the ZIP of every final plan on the
 * server, whose progress and per-plan outcome show here until its download link appears.
 */
export const BundleExport = () => {
  const t = useT()
  const { job, starting, error, start } = useBundleJob()
  const running = starting || job?.status === 'running'
  const included = job?.plans.filter((plan) => plan.included).length ?? 0
  return (
    <section className="admin-section" aria-labelledby="bundle-heading" data-testid="bundle">
      <div className="admin-section-head">
        <h2 id="bundle-heading" className="admin-heading">
          {t('export.bundle.heading')}
        </h2>
        <p className="admin-section-intro">{t('export.bundle.intro')}</p>
      </div>
      <div className="bundle-body">
        <div className="bundle-actions">
          <button type="button" className="button" disabled={running} onClick={start}>
            {starting ? t('export.bundle.starting') : t('export.bundle.start')}
          </button>
          {job?.status === 'done' && (
            <a
              className="button button-primary"
              href={bundleDownloadUrl(job.id)}
              download
              data-testid="bundle-download"
            >
              {t('export.bundle.download')}
            </a>
          )}
        </div>
        {job && <BundleProgress job={job} />}
        <div role="status" className="bundle-status">
          {job?.status === 'done' &&
            t('export.bundle.done', { included, skipped: job.plans.length - included })}
        </div>
        {job?.status === 'failed' && (
          <p className="form-error" role="alert">
            {bundleErrorText(t, job.error)}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {job && <BundlePlanList plans={job.plans} />}
      </div>
    </section>
  )
}
