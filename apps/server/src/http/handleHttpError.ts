import type { ApiErrorBody } from '@coplan/protocol'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Logger } from '../logger'
import { HttpError } from './HttpError'

/** The one place where errors become HTTP responses. Never leaks a stack trace. */
export const createHttpErrorHandler =
  (logger: Logger) =>
  (error: Error, c: Context): Response => {
    if (error instanceof HttpError) {
      return c.json<ApiErrorBody>(
        { error: { code: error.code, message: error.message } },
        error.status,
      )
    }
    if (error instanceof HTTPException) {
      return c.json<ApiErrorBody>(
        { error: { code: 'http_error', message: error.message || 'Request refused' } },
        error.status,
      )
    }
    logger.error('Unhandled error in HTTP request', {
      method: c.req.method,
      path: c.req.path,
      error: error.stack ?? error.message,
    })
    return c.json<ApiErrorBody>(
      { error: { code: 'internal_error', message: 'Something went wrong on the server' } },
      500,
    )
  }
