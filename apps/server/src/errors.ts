/**
 * The errors of Coplan's domain: what services, exports and workers throw when they refuse
 * something or cannot do it. Each is a small class with a machine `code` (the web app and the
 * tests read it: keep it stable) and a message for people; none knows HTTP, sockets or exit
 * codes. Each edge maps them once to its own medium: `http/handleHttpError.ts` to a status and
 * a JSON body, `cli/admin.ts` to an exit code, `workers/workerMessages.ts` across processes.
 *
 * The `kind` says which class an error is as plain data, so it survives being sent to another
 * process (`domainError` makes the class again).
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** What was asked for is malformed or breaks a rule about its content (too long, empty). */
export class InvalidInput extends DomainError {
  override readonly name = 'InvalidInput'
  readonly kind = 'invalid_input'
}

/** The person may not do this. */
export class Forbidden extends DomainError {
  override readonly name = 'Forbidden'
  readonly kind = 'forbidden'
}

/** The plan, thread, comment or version named does not exist (for this plan). */
export class NotFound extends DomainError {
  override readonly name = 'NotFound'
  readonly kind = 'not_found'
}

/** The thing exists but is in a state that does not allow this now (a plan's status). */
export class Conflict extends DomainError {
  override readonly name = 'Conflict'
  readonly kind = 'conflict'
}

/** The thing existed and was deleted. */
export class Gone extends DomainError {
  override readonly name = 'Gone'
  readonly kind = 'gone'
}

/**
 * The server cannot do this now or here: missing Chromium or fonts, workers busy, failed or out
 * of memory, the server shutting down. Trying again later, or after installing, may work.
 */
export class Unavailable extends DomainError {
  override readonly name = 'Unavailable'
  readonly kind = 'unavailable'
}

/** The work took longer than it is allowed and was stopped. */
export class TimedOut extends DomainError {
  override readonly name = 'TimedOut'
  readonly kind = 'timed_out'
}

const CLASSES = {
  invalid_input: InvalidInput,
  forbidden: Forbidden,
  not_found: NotFound,
  conflict: Conflict,
  gone: Gone,
  unavailable: Unavailable,
  timed_out: TimedOut,
} as const

export type DomainErrorKind = keyof typeof CLASSES

export const DOMAIN_ERROR_KINDS = Object.keys(CLASSES) as DomainErrorKind[]

export const isDomainErrorKind = (kind: unknown): kind is DomainErrorKind =>
  typeof kind === 'string' && Object.hasOwn(CLASSES, kind)

/** The domain error of `kind`, as `new` of its class would make it. */
export const domainError = (kind: DomainErrorKind, code: string, message: string): DomainError =>
  new CLASSES[kind](code, message)
