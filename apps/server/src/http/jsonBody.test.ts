import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createQuietLogger } from '../logger'
import { createHttpErrorHandler } from './handleHttpError'
import { jsonBody, refuseInvalidBody } from './jsonBody'

/** One route reading `{ ids?: string[] }`, answering what it read, with the API's error answers. */
const app = new Hono()
  .onError(createHttpErrorHandler(createQuietLogger()))
  .post(
    '/read',
    jsonBody,
    zValidator('json', z.object({ ids: z.array(z.string().min(1)).optional() }), refuseInvalidBody),
    (c) => c.json({ read: c.req.valid('json') }),
  )

const post = async (body: string | undefined, contentType?: string) => {
  const response = await app.request('/read', {
    method: 'POST',
    ...(body === undefined ? {} : { body }),
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

describe('a JSON request body', () => {
  it('is read and checked whatever type the client declared', async () => {
    const read = { status: 200, body: { read: { ids: ['a'] } } }
    expect(await post('{"ids":["a"]}', 'application/json; charset=utf-8')).toEqual(read)
    expect(await post('{"ids":["a"]}', 'text/plain;charset=UTF-8')).toEqual(read)
    expect(await post('{"ids":["a"]}')).toEqual(read)
  })

  it('is refused with invalid_json when it does not parse, or is missing', async () => {
    const refused = {
      status: 400,
      body: { error: { code: 'invalid_json', message: 'The request body is not valid JSON' } },
    }
    expect(await post('{', 'application/json')).toEqual(refused)
    expect(await post('{', 'text/plain')).toEqual(refused)
    expect(await post(undefined)).toEqual(refused)
  })

  it('is refused with invalid_body saying where the first problem is', async () => {
    expect(await post('{"ids":["a",""]}', 'application/json')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_body',
          message: 'ids.1: Too small: expected string to have >=1 characters',
        },
      },
    })
    expect(await post('[]', 'application/json')).toEqual({
      status: 400,
      body: {
        error: { code: 'invalid_body', message: 'Invalid input: expected object, received array' },
      },
    })
  })
})
