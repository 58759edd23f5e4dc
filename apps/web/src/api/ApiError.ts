/** A failed API call: the HTTP status and the server's error code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From `Retry-After` (429): how long the server asks the client to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * Whether `error` says the session is gone (expired, signed out elsewhere, deactivated). A
 * wrong password is a 401 too, but with its own code.
 */
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated'
