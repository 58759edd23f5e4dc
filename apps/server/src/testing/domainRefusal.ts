import { DomainError } from '../errors'

/**
 * The domain refusal that `work` (a promise, or a function to call) ends in: its kind (what the
 * HTTP API turns into a status), code and message. Throws if `work` succeeds or fails otherwise.
 */
export const domainRefusal = async (work: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (error) {
    if (error instanceof DomainError) {
      return { kind: error.kind, code: error.code, message: error.message }
    }
    throw error
  }
  throw new Error('It was done, not refused')
}
