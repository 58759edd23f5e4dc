import type { Context } from 'hono'
import type { z } from 'zod'
import { HttpError } from './HttpError'

/** Parses and validates a JSON request body, refusing it with a 400 that says what is wrong. */
export const readJsonBody = async <T extends z.ZodType>(
  c: Context,
  schema: T,
): Promise<z.infer<T>> => {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON')
  }
  const result = schema.safeParse(body)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    throw new HttpError(400, 'invalid_body', `${where}${issue?.message ?? 'invalid request body'}`)
  }
  return result.data
}
