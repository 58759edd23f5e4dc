import { ApiError } from './ApiError'

/** Statuses a proxy answers with while the Coplan server behind it is down or restarting. */
const SERVER_UNREACHABLE = new Set([502, 503, 504])

/**
 * Whether a request failed for want of a server rather than by the server's decision: no
 * network (`fetch` rejects with a TypeError) or a proxy that cannot reach Coplan. Such a
 * failure says nothing about the person's rights, so what was known before may still be used.
 */
export const isNetworkFailure = (error: unknown): boolean =>
  error instanceof TypeError || (error instanceof ApiError && SERVER_UNREACHABLE.has(error.status))
