import type { BundlePlan } from '@coplan/protocol'
import type { Translate } from '../i18n/translate'

/**
 * Why the course bundle left a plan out, in the UI language, from the server's reason code;
 * `null` for a plan it included. A failed export's detail is the error's own (technical)
 * message, shown as such so whoever runs the server can act on it.
 */
export const bundleReasonText = (
  t: Translate,
  plan: Pick<BundlePlan, 'reason' | 'status' | 'detail'>,
): string | null => {
  switch (plan.reason) {
    case undefined:
      return null
    case 'not_final':
      return t('export.bundle.reason.notFinal', { status: t(`workflow.status.${plan.status}`) })
    case 'export_failed':
      return plan.detail
        ? t('export.bundle.reason.exportFailedDetail', { detail: plan.detail })
        : t('export.bundle.reason.exportFailed')
  }
}
