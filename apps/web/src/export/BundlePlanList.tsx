import type { BundlePlan } from '@coplan/protocol'
import { useI18n } from '../i18n/useI18n'
import { countryName } from '../ui/countryName'
import { bundleReasonText } from './bundleReasonText'

/**
 * Every plan the bundle handled, included or skipped with the reason, so no plan is left out
 * without anyone noticing. The server sends codes; countries, reasons and statuses are worded
 * here in the UI language.
 */
export const BundlePlanList = ({ plans }: { plans: readonly BundlePlan[] }) => {
  const { t, lang } = useI18n()
  if (plans.length === 0) return null
  return (
    <ul className="bundle-plans" aria-label={t('export.bundle.plansLabel')}>
      {plans.map((plan) => {
        const reason = bundleReasonText(t, plan)
        return (
          <li
            key={plan.planId}
            className="bundle-plan"
            data-testid="bundle-plan"
            data-included={plan.included}
          >
            <span className="bundle-plan-name">
              <strong>{countryName(plan, lang)}</strong> · {plan.title}
            </span>
            <span className={plan.included ? 'bundle-tag bundle-tag-ok' : 'bundle-tag'}>
              {plan.included ? t('export.bundle.included') : t('export.bundle.skipped')}
            </span>
            {reason && (
              <span className="bundle-plan-note">{t('export.bundle.reason', { reason })}</span>
            )}
            {plan.missingGlyphs?.length ? (
              <span className="bundle-plan-note bundle-plan-warning">
                {t('export.bundle.glyphs', {
                  chars: [...new Set(plan.missingGlyphs.map((glyph) => glyph.char))].join(' '),
                })}
              </span>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
