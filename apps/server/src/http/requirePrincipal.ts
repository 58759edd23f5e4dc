import { createMiddleware } from 'hono/factory'
import type { Authenticator } from '../auth/Authenticator'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'

/** Refuses a request without valid credentials (401) and records who made it otherwise. */
export const requirePrincipal = (authenticator: Authenticator) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const principal = authenticator.authenticate(
      authenticator.credentialOf(c.req.raw.headers, new URL(c.req.url)),
    )
    if (!principal) throw new HttpError(401, 'unauthenticated', 'Sign in to continue')
    c.set('principal', principal)
    await next()
  })
