import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * An error that becomes an HTTP response: `status` and a JSON body `{ error: { code, message } }`.
 * For what only the HTTP edge knows (sign-in, request bodies, rate limits, routes); domain code
 * throws the errors of `errors.ts` instead, which `handleHttpError.ts` maps.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}
