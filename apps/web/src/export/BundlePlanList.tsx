import { useT } from '../i18n/useT'
import type { BundlePlan } from './exportTypes'

/**
 * Every plan the bundle handled, included or skipped with the reason, so no plan is left out
 * without anyone noticing. Reasons and statuses are the server's English words until it sends
 * codes for them.
 */
export const BundlePlanList = ({ plans }: { plans: readonly BundlePlan[] }) => {
  const t = useT()
  if (plans.length === 0) return null
  return (
    <ul className="bundle-plans" aria-label={t('export.bundle.plansLabel')}>
      {plans.map((plan) => (
        <li
          key={plan.planId}
          className="bundle-plan"
          data-testid="bundle-plan"
          data-included={plan.included}
        >
          <span className="bundle-plan-name">
            <strong>{plan.country}</strong> · {plan.title}
          </span>
          <span className={plan.included ? 'bundle-tag bundle-tag-ok' : 'bundle-tag'}>
            {plan.included ? t('export.bundle.included') : t('export.bundle.skipped')}
          </span>
          {plan.reason && (
            <span className="bundle-plan-note">
              {t('export.bundle.reason', { reason: plan.reason })}
            </span>
          )}
          {plan.missingGlyphs?.length ? (
            <span className="bundle-plan-note bundle-plan-warning">
              {t('export.bundle.glyphs', {
                chars: [...new Set(plan.missingGlyphs.map((glyph) => glyph.char))].join(' '),
              })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
