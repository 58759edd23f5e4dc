import type { ApiErrorBody } from '@coplan/protocol'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DomainError } from '../errors'
import type { DomainErrorKind } from '../errors'
import type { Logger } from '../logger'
import { HttpError } from './HttpError'

/** The status each kind of domain error is answered with. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid_input: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  unavailable: 503,
  timed_out: 504,
}

/**
 * The one place where errors become HTTP answers: a status and a JSON body. Domain errors
 * (`errors.ts`) get the status of their kind; `HttpError`, thrown by routes for what only HTTP
 * knows (sign-in, body size, rate limits), its own. Never leaks a stack trace; anything
 * unexpected is logged (with `where`) and answered 500.
 */
export const httpErrorAnswer = (
  error: unknown,
  logger: Logger,
  where: Record<string, string>,
): { status: ContentfulStatusCode; body: ApiErrorBody } => {
  if (error instanceof DomainError) {
    return {
      status: DOMAIN_ERROR_STATUS[error.kind],
      body: { error: { code: error.code, message: error.message } },
    }
  }
  if (error instanceof HttpError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } }
  }
  if (error instanceof HTTPException) {
    return {
      status: error.status,
      body: { error: { code: 'http_error', message: error.message || 'Request refused' } },
    }
  }
  logger.error('Unhandled error in HTTP request', {
    ...where,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  })
  return {
    status: 500,
    body: { error: { code: 'internal_error', message: 'Something went wrong on the server' } },
  }
}

/** Hono's error handler: every route's errors, answered by `httpErrorAnswer`. */
export const createHttpErrorHandler =
  (logger: Logger) =>
  (error: Error, c: Context): Response => {
    const { status, body } = httpErrorAnswer(error, logger, {
      method: c.req.method,
      path: c.req.path,
    })
    return c.json<ApiErrorBody>(body, status)
  }
