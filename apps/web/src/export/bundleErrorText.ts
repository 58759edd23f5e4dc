import type { BundleJobError } from '@coplan/protocol'
import type { Translate } from '../i18n/translate'

/**
 * Why the whole course bundle failed, in the UI language for the codes the UI knows; for any
 * other, the server's own (English) message, so nothing it said is lost.
 */
export const bundleErrorText = (t: Translate, error: BundleJobError | undefined): string => {
  if (error?.code === 'pdf_unavailable') {
    return t('export.bundle.error.pdfUnavailable', { detail: error.message })
  }
  return t('export.bundle.failed', { reason: error?.message ?? '' })
}
