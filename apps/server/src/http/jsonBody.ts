import type { MiddlewareHandler } from 'hono'
import { HttpError } from './HttpError'

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i

/**
 * Reads a request's body as JSON whatever type the client declared (as the API always has: a
 * `fetch` posting a string says `text/plain`), refusing with `invalid_json` what does not parse.
 * Put it before `zValidator('json', schema, refuseInvalidBody)`, which checks the body: Hono's
 * validator alone answers malformed JSON with a message of its own, and reads a body declared
 * as anything but JSON as `{}`, which some of our schemas accept (no ids: mark all read). The
 * body is kept by Hono once read, so the validator parses it again without reading it again.
 */
export const jsonBody: MiddlewareHandler = async (c, next) => {
  try {
    await c.req.json()
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON')
  }
  const declared = c.req.header('content-type')?.split(';')[0]?.trim() ?? ''
  if (!JSON_MEDIA_TYPE.test(declared)) c.req.raw.headers.set('content-type', 'application/json')
  await next()
}

/** What `zValidator` hands its hook, as far as the refusal needs it. */
interface Validated {
  success: boolean
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }
}

/**
 * The hook for `zValidator`: refuses an invalid body with a 400 `invalid_body` that says what
 * is wrong (the first issue, with where it is).
 */
export const refuseInvalidBody = (result: Validated): void => {
  if (result.success) return
  const issue = result.error?.issues[0]
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : ''
  throw new HttpError(400, 'invalid_body', `${where}${issue?.message ?? 'invalid request body'}`)
}
