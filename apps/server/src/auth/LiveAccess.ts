import { CloseCode, closeReasons, writeSessionNotice } from '@coplan/protocol'
import type { CourseStore } from '../course/CourseStore'
import type { Logger } from '../logger'
import type { Connection } from '../rooms/Connection'
import type { Authenticator, Credential } from './Authenticator'
import { can } from './planPolicy'
import { readOnlyReason } from './planRights'
import { connectionIdentity } from './connectionIdentity'

interface Tracked {
  connection: Connection
  planId: string
  credential: Credential
}

/**
 * Keeps open websocket connections in line with the rights of the people behind them.
 * `recheck()` re-authenticates every tracked connection: a revoked or expired credential or a
 * lost right to read closes it; a changed right to write downgrades or upgrades it at once.
 */
export class LiveAccess {
  readonly #authenticator: Authenticator
  readonly #course: CourseStore
  readonly #logger: Logger
  readonly #tracked = new Set<Tracked>()

  constructor(authenticator: Authenticator, course: CourseStore, logger: Logger) {
    this.#authenticator = authenticator
    this.#course = course
    this.#logger = logger
  }

  /** Starts watching a connection; returns the function that stops it. */
  track(connection: Connection, planId: string, credential: Credential): () => void {
    const entry = { connection, planId, credential }
    this.#tracked.add(entry)
    return () => this.#tracked.delete(entry)
  }

  recheck(): void {
    for (const entry of [...this.#tracked]) {
      try {
        this.#recheckOne(entry)
      } catch (error) {
        this.#logger.error('Rechecking a connection failed', {
          plan: entry.planId,
          connection: entry.connection.id,
          error: String(error),
        })
      }
    }
  }

  #recheckOne({ connection, planId, credential }: Tracked): void {
    const principal = this.#authenticator.authenticate(credential)
    if (!principal) {
      this.#close(connection, CloseCode.Unauthenticated)
      return
    }
    const plan = this.#course.findPlan(planId)
    if (!plan) {
      this.#close(connection, CloseCode.PlanNotFound)
      return
    }
    if (!can(principal.user, 'read', plan)) {
      this.#close(connection, CloseCode.Forbidden)
      return
    }
    connection.identity = { ...connectionIdentity(principal.user, this.#course) }
    const canWrite = can(principal.user, 'edit', plan)
    if (canWrite !== connection.canWrite) {
      connection.canWrite = canWrite
      connection.readOnly = canWrite ? null : readOnlyReason(principal.user, plan)
      connection.send(
        writeSessionNotice(
          canWrite
            ? { canWrite: true }
            : { canWrite: false, ...readOnlyReason(principal.user, plan) },
        ),
      )
    }
  }

  #close(connection: Connection, code: CloseCode): void {
    this.#tracked.forEach((entry) => entry.connection === connection && this.#tracked.delete(entry))
    connection.close(code, closeReasons[code])
  }
}
