import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import {
  Conflict,
  DOMAIN_ERROR_KINDS,
  Forbidden,
  Gone,
  InvalidInput,
  NotFound,
  TimedOut,
  Unavailable,
  domainError,
} from '../errors'
import type { Logger } from '../logger'
import { createHttpErrorHandler, httpErrorAnswer } from './handleHttpError'
import { HttpError } from './HttpError'

const recordingLogger = () => {
  const errors: { message: string; context?: Record<string, unknown> }[] = []
  const logger: Logger = {
    info: () => {},
    warn: () => {},
    error: (message, context) => errors.push({ message, ...(context ? { context } : {}) }),
  }
  return { logger, errors }
}

const answer = (error: unknown) => httpErrorAnswer(error, recordingLogger().logger, {})

describe('httpErrorAnswer', () => {
  it.each([
    [new InvalidInput('empty_comment', 'A comment cannot be empty'), 400],
    [new Forbidden('forbidden', 'You may not open this plan'), 403],
    [new NotFound('plan_not_found', 'There is no plan with that id'), 404],
    [new Conflict('wrong_status', 'This plan is Draft; it cannot be moved to Final now'), 409],
    [new Gone('thread_deleted', 'This comment thread was deleted'), 410],
    [new Unavailable('shutting_down', 'The server is shutting down'), 503],
    [new TimedOut('timeout', 'Exporting took too long'), 504],
  ] as const)('answers %s with %i and its code and message', (error, status) => {
    expect(answer(error)).toEqual({
      status,
      body: { error: { code: error.code, message: error.message } },
    })
  })

  it('has a status for every kind of domain error, the same as `new` of its class', () => {
    for (const kind of DOMAIN_ERROR_KINDS) {
      const { status } = answer(domainError(kind, 'code', 'message'))
      expect([kind, status >= 400 && status < 600]).toEqual([kind, true])
    }
    expect(domainError('gone', 'thread_deleted', 'x')).toBeInstanceOf(Gone)
  })

  it('answers an HttpError with its own status', () => {
    expect(answer(new HttpError(429, 'too_many_streams', 'Too many open tabs'))).toEqual({
      status: 429,
      body: { error: { code: 'too_many_streams', message: 'Too many open tabs' } },
    })
    expect(answer(new HTTPException(413, { message: 'Too big' }))).toEqual({
      status: 413,
      body: { error: { code: 'http_error', message: 'Too big' } },
    })
  })

  it('answers anything else 500 without its message, and logs it with where it happened', () => {
    const { logger, errors } = recordingLogger()
    expect(httpErrorAnswer(new Error('secret detail'), logger, { path: '/api/x' })).toEqual({
      status: 500,
      body: { error: { code: 'internal_error', message: 'Something went wrong on the server' } },
    })
    expect(errors).toEqual([
      {
        message: 'Unhandled error in HTTP request',
        context: { path: '/api/x', error: expect.stringContaining('secret detail') as unknown },
      },
    ])
  })
})

describe('createHttpErrorHandler', () => {
  it('answers a route’s domain error as JSON', async () => {
    const app = new Hono()
    app.onError(createHttpErrorHandler(recordingLogger().logger))
    app.get('/plans/:id', () => {
      throw new NotFound('plan_not_found', 'There is no plan with that id')
    })
    const response = await app.request('/plans/nope')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { code: 'plan_not_found', message: 'There is no plan with that id' },
    })
  })
})
