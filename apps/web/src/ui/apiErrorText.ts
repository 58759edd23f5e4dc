import { ApiError } from '../api/ApiError'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/translate'

const CODE_KEYS: Partial<Record<string, MessageKey>> = {
  invalid_credentials: 'error.invalidCredentials',
  demo_password_local_only: 'error.demoPasswordLocalOnly',
  invitation_invalid: 'error.invitationInvalid',
  email_taken: 'error.emailTaken',
  team_required: 'error.teamRequired',
  unknown_team: 'error.unknownTeam',
  self_demotion: 'error.selfDemotion',
  inactive: 'error.inactive',
  forbidden: 'error.forbidden',
}

/**
 * A failed request in the UI language, for the error codes the UI knows; for any other, the
 * server's own (English) message, so nothing it said is lost. A failed `fetch` (no network)
 * throws a `TypeError`, not an `ApiError`.
 */
export const apiErrorText = (t: Translate, error: unknown): string => {
  if (!(error instanceof ApiError)) return t('error.network')
  if (error.code === 'too_many_attempts' && error.retryAfterSeconds !== null) {
    // The wait after a few failed sign-ins is seconds; it grows to minutes.
    const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds))
    return seconds < 60
      ? t('error.tooManyAttemptsSeconds', { seconds })
      : t('error.tooManyAttempts', { minutes: Math.ceil(seconds / 60) })
  }
  const key = CODE_KEYS[error.code]
  return key ? t(key) : error.message
}
