import { DomainError, domainError, isDomainErrorKind } from '../errors'

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

/** An error as it crosses between processes; a domain error keeps its kind and code. */
export interface WireError {
  message: string
  kind?: string
  code?: string
  stack?: string
}

export const toWireError = (error: unknown): WireError =>
  error instanceof DomainError
    ? { message: error.message, kind: error.kind, code: error.code }
    : error instanceof Error
      ? { message: error.message, stack: error.stack }
      : { message: String(error) }

/**
 * The error back on the pool's side: a domain error of the class it was thrown as, anything else
 * an `Error` with the worker's stack, so the HTTP error handler logs where it came from.
 */
export const fromWireError = (wire: WireError): Error => {
  if (isDomainErrorKind(wire.kind) && wire.code !== undefined) {
    return domainError(wire.kind, wire.code, wire.message)
  }
  const error = new Error(wire.message)
  if (wire.stack) error.stack = wire.stack
  return error
}
