import { CloseCode } from '@coplan/protocol'
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
  [CloseCode.RateLimited]: 'closeReason.4429',
  [CloseCode.LoadFailed]: 'closeReason.4500',
  [CloseCode.StorageFailed]: 'closeReason.4503',
}

/**
 * Why the server closed the socket, in the UI language for the codes Coplan defines; for any
 * other code, the server's own (English) reason, so nothing the server said is lost.
 */
export const closeReasonText = (t: Translate, close: { code: number; reason: string }): string => {
  const key = REASON_KEYS[close.code]
  if (key) return t(key)
  return close.reason || t('closeReason.unknown')
}
