import { ApiError } from '../api/ApiError'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/translate'
import { apiErrorText } from '../ui/apiErrorText'

const CODE_KEYS: Partial<Record<string, MessageKey>> = {
  empty_comment: 'comments.error.empty',
  comment_too_long: 'comments.error.tooLong',
  invalid_mention: 'comments.error.invalidMention',
  invalid_anchor: 'comments.error.invalidAnchor',
  thread_not_found: 'comments.error.threadGone',
  thread_deleted: 'comments.error.threadGone',
  comment_not_found: 'comments.error.commentGone',
  not_author: 'comments.error.notAuthor',
  forbidden: 'comments.error.forbidden',
}

/** A failed comment request in the UI language; codes it does not know keep the server's text. */
export const commentErrorText = (t: Translate, error: unknown): string => {
  const key = error instanceof ApiError ? CODE_KEYS[error.code] : undefined
  return key ? t(key) : apiErrorText(t, error)
}
