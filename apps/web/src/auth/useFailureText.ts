import { useCallback } from 'react'
import { ApiError } from '../api/ApiError'
import { useApiFailure } from './useApiFailure'
import type { MessageKey } from '../i18n/en'
import type { MessageValues } from '../i18n/translate'
import { useT } from '../i18n/useT'

/** Messages for the error codes one kind of request can fail with, and their values. */
export type FailureKeys = Partial<Record<string, { key: MessageKey; values?: MessageValues }>>

/**
 * Like `useApiFailure` (`null` once the session has ended), with this request's own error codes
 * in the UI language first. `keys` must be stable (a module constant).
 */
export const useFailureText = (keys: FailureKeys): ((error: unknown) => string | null) => {
  const t = useT()
  const describe = useApiFailure()
  return useCallback(
    (error: unknown) => {
      const known = error instanceof ApiError ? keys[error.code] : undefined
      return known ? t(known.key, known.values) : describe(error)
    },
    [t, describe, keys],
  )
}
