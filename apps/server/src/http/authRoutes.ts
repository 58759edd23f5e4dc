import type { SessionUser } from '@coplan/protocol'
import type { Context } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import type { CredentialStore } from '../accounts/CredentialStore'
import { UNMATCHABLE_PASSWORD_HASH, hashPassword, verifyPassword } from '../accounts/secrets'
import { toSessionUser } from '../course/toSessionUser'
import type { UserStore } from '../accounts/UserStore'
import type { Authenticator } from '../auth/Authenticator'
import { SESSION_COOKIE } from '../auth/Authenticator'
import type { SignInThrottle } from '../auth/SignInThrottle'
import { signInKeys } from '../auth/SignInThrottle'
import type { RequestSource } from '../auth/requestSource'
import { requestSource } from '../auth/requestSource'
import type { CourseStore } from '../course/CourseStore'
import { DEMO_PASSWORD } from '../course/seedDemoCourse'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { jsonBody, refuseInvalidBody } from './jsonBody'
import { requirePrincipal } from './requirePrincipal'

export interface AuthRoutesOptions {
  users: UserStore
  credentials: CredentialStore
  authenticator: Authenticator
  course: CourseStore
  throttle: SignInThrottle
  /** Whether the demo password signs in from other machines too (else from loopback only). */
  demoPasswordRemote: boolean
  sessionIdleMs: number
  /** Called after anything that changes who may do what, so open connections follow. */
  onAccessChanged: () => void
}

const signInBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
})

export const MIN_PASSWORD_LENGTH = 10

const passwordBody = z.object({
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `password must have at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1024, 'password is too long'),
})

const sourceOf = (c: Context): RequestSource => {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming
  return requestSource(incoming?.socket?.remoteAddress, c.req.raw.headers)
}

/** "1 second", "40 seconds", "3 minutes": a wait as a person reads it. */
const waitText = (seconds: number): string =>
  seconds < 60
    ? `${seconds} second${seconds === 1 ? '' : 's'}`
    : `${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}`

/** Sign-in, sign-out, who am I, and accepting an invitation. */
export const createAuthRoutes = (options: AuthRoutesOptions): Hono<AppEnv> => {
  const { users, credentials, authenticator, course, throttle } = options
  const routes = new Hono<AppEnv>()

  const startSession = (c: Context, userId: string): void => {
    setCookie(c, SESSION_COOKIE, credentials.createSession(userId), {
      httpOnly: true,
      sameSite: 'Lax',
      // Behind a TLS-terminating proxy the request itself is plain HTTP; trusting the header
      // can only make the cookie stricter.
      secure:
        new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
      path: '/',
      maxAge: Math.floor(options.sessionIdleMs / 1000),
    })
  }

  routes.post(
    '/sign-in',
    jsonBody,
    zValidator('json', signInBody, refuseInvalidBody),
    async (c) => {
      const { email, password } = c.req.valid('json')
      const source = sourceOf(c)
      const outcome = await throttle.attempt(signInKeys(email, source.address), async () => {
        const found = users.findByEmail(email)
        const user = found?.active && found.passwordHash !== null ? found : null
        // Always one scrypt, so that no account takes less time to refuse than another.
        const matches = await verifyPassword(
          password,
          user?.passwordHash ?? UNMATCHABLE_PASSWORD_HASH,
        )
        return user && matches ? user : null
      })
      if (outcome.kind === 'throttled') {
        const seconds = Math.ceil(outcome.retryAfterMs / 1000)
        c.header('Retry-After', String(seconds))
        throw new HttpError(
          429,
          'too_many_attempts',
          `Too many failed sign-ins for this account or from this address. Try again in ${waitText(seconds)}.`,
        )
      }
      if (outcome.kind === 'refused') {
        throw new HttpError(401, 'invalid_credentials', 'The email or password is not correct')
      }
      const user = outcome.value
      if (
        user.demoPassword &&
        password === DEMO_PASSWORD &&
        !source.local &&
        !options.demoPasswordRemote
      ) {
        throw new HttpError(
          403,
          'demo_password_local_only',
          "The demo password works only on the server's own machine. Sign in there, or ask an " +
            'admin for an invitation link to set a password of your own (npm run admin -- invite ' +
            '--email …). The operator can allow the demo password from anywhere with ' +
            'COPLAN_DEMO_REMOTE=1.',
        )
      }
      startSession(c, user.id)
      return c.json<{ user: SessionUser }>({ user: toSessionUser(user, course) })
    },
  )

  routes.post('/sign-out', (c) => {
    const credential = authenticator.credentialOf(c.req.raw.headers, new URL(c.req.url))
    if (credential?.kind === 'session') credentials.deleteSession(credential.secret)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    options.onAccessChanged()
    return c.json({ ok: true })
  })

  routes.get('/me', requirePrincipal(authenticator), (c) =>
    c.json<{ user: SessionUser }>({ user: toSessionUser(c.var.principal.user, course) }),
  )

  const invitedUser = (secret: string) => {
    const userId = credentials.invitationUserId(secret)
    const user = userId ? users.find(userId) : null
    if (!user?.active) {
      throw new HttpError(
        404,
        'invitation_invalid',
        'This invitation link is not valid any more. Ask an admin for a new one.',
      )
    }
    return user
  }

  routes.get('/invitations/:secret', (c) => {
    const user = invitedUser(c.req.param('secret'))
    return c.json({ email: user.email, name: user.name })
  })

  routes.post(
    '/invitations/:secret',
    // An unknown or used invitation is refused before the body is read.
    async (c, next) => {
      invitedUser(c.req.param('secret'))
      await next()
    },
    jsonBody,
    zValidator('json', passwordBody, refuseInvalidBody),
    async (c) => {
      const secret = c.req.param('secret')
      const user = invitedUser(secret)
      const { password } = c.req.valid('json')
      users.setPasswordHash(user.id, await hashPassword(password))
      credentials.consumeInvitation(secret, user.id)
      options.onAccessChanged()
      startSession(c, user.id)
      return c.json<{ user: SessionUser }>({ user: toSessionUser(user, course) })
    },
  )

  return routes
}
