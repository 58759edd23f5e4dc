import { CloseCode, readPlanLimitReason, type PlanLimitCode } from '@coplan/protocol'
import { PLAN_LIMITS } from '@coplan/schema'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/translate'

const REASON_KEYS: Partial<Record<number, MessageKey>> = {
  [CloseCode.MalformedMessage]: 'closeReason.4400',
  [CloseCode.Unauthenticated]: 'closeReason.4401',
  [CloseCode.Forbidden]: 'closeReason.4403',
  [CloseCode.PlanNotFound]: 'closeReason.4404',
  [CloseCode.ClientIdTaken]: 'closeReason.4409',
  [CloseCode.MissingDependency]: 'closeReason.4412',
  [CloseCode.MessageTooLarge]: 'closeReason.4413',
  [CloseCode.ContentRefused]: 'closeReason.4422',
  [CloseCode.RateLimited]: 'closeReason.4429',
  [CloseCode.LoadFailed]: 'closeReason.4500',
  [CloseCode.StorageFailed]: 'closeReason.4503',
}

/** What a refused change went beyond, by the limit the close reason names. */
const LIMIT_KEYS: Record<PlanLimitCode, MessageKey> = {
  depth: 'closeReason.limit.depth',
  attribute: 'closeReason.limit.attribute',
  text: 'closeReason.limit.text',
  size: 'closeReason.limit.size',
}

const LIMIT_VALUES: Partial<Record<PlanLimitCode, number>> = {
  depth: PLAN_LIMITS.maxDepth,
  text: PLAN_LIMITS.maxTextPerUpdate,
}

/**
 * Why the server closed the socket, in the UI language for the codes Coplan defines (for a
 * change refused for going beyond a limit, which limit); for any other code, the server's own
 * (English) reason, so nothing the server said is lost.
 */
export const closeReasonText = (t: Translate, close: { code: number; reason: string }): string => {
  const limit = close.code === CloseCode.ContentRefused ? readPlanLimitReason(close.reason) : null
  if (limit) return t(LIMIT_KEYS[limit], { max: (LIMIT_VALUES[limit] ?? 0).toLocaleString() })
  const key = REASON_KEYS[close.code]
  if (key) return t(key)
  return close.reason || t('closeReason.unknown')
}
