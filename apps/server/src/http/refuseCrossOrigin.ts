import { createMiddleware } from 'hono/factory'
import { isAllowedOrigin } from '../auth/requestOrigin'
import { HttpError } from './HttpError'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF protection: a state-changing request from another site's page is refused, whatever
 * cookies it carries. Scripts using `Authorization: Bearer` send no `Origin` and pass.
 */
export const refuseCrossOrigin = (allowedOrigins: readonly string[]) =>
  createMiddleware(async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method) && !isAllowedOrigin(c.req.raw.headers, allowedOrigins)) {
      throw new HttpError(403, 'cross_origin', 'Requests from other sites are not allowed')
    }
    await next()
  })
