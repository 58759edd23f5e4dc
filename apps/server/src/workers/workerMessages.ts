import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { HttpError } from '../http/HttpError'

/**
 * What a worker pool and its worker processes say to each other over the IPC channel (Node's
 * advanced serialization: byte arrays and nested objects as they are), one message per event:
 *
 * - the worker, once its module is loaded: `{ ready: true }`; only then is it given a job, so
 *   a job's time limit never counts the worker's start;
 * - the pool: `{ id, job }`, one job at a time per worker;
 * - the worker: `{ id, ok: true, value }` or `{ id, ok: false, error }` for that job;
 * - the pool, to a worker with nothing to do: `{ close: true }`; the worker releases what it
 *   holds (a browser) and exits.
 */
export type ToWorker = { id: number; job: unknown } | { close: true }

export type FromWorker =
  | { ready: true }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WireError }

/** An error as it crosses between processes; an `HttpError` keeps its status and code. */
export interface WireError {
  message: string
  status?: number
  code?: string
  stack?: string
}

export const toWireError = (error: unknown): WireError =>
  error instanceof HttpError
    ? { message: error.message, status: error.status, code: error.code }
    : error instanceof Error
      ? { message: error.message, stack: error.stack }
      : { message: String(error) }

/**
 * The error back on the pool's side: an `HttpError` as it was thrown, anything else an `Error`
 * with the worker's stack, so the HTTP error handler logs where it came from.
 */
export const fromWireError = (wire: WireError): Error => {
  if (wire.status !== undefined && wire.code !== undefined) {
    return new HttpError(wire.status as ContentfulStatusCode, wire.code, wire.message)
  }
  const error = new Error(wire.message)
  if (wire.stack) error.stack = wire.stack
  return error
}
