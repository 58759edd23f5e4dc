import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** An error that becomes an HTTP response: `status` and a JSON body `{ error: { code, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}
