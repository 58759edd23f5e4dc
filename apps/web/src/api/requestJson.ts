import type { ApiErrorBody } from '@coplan/protocol'
import { ApiError } from './ApiError'

const isApiErrorBody = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  typeof (value as ApiErrorBody).error?.message === 'string'

/**
 * Fetches JSON from the API. A non-2xx status throws an `ApiError` carrying the server's
 * `ApiErrorBody`; a body that is not JSON (a proxy's HTML error page) still throws an
 * `ApiError`, with the HTTP status text as its message. Network failures throw as `fetch` does.
 */
export const requestJson = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(path, {
    ...init,
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  })
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN)
    if (isApiErrorBody(body)) {
      throw new ApiError(
        response.status,
        body.error.code,
        body.error.message,
        Number.isFinite(retryAfter) ? retryAfter : null,
      )
    }
    throw new ApiError(response.status, 'http_error', response.statusText || `${response.status}`)
  }
  if (body === undefined) throw new ApiError(response.status, 'bad_body', 'Response is not JSON')
  return body as T
}
