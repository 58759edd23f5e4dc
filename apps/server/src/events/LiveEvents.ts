import type { LiveEvent } from '@coplan/protocol'
import type { Authenticator, Principal } from '../auth/Authenticator'
import { can } from '../auth/planPolicy'
import type { CourseStore } from '../course/CourseStore'

/** One open event stream of a signed-in tab, as the hub sees it. */
export interface LiveSubscriber {
  send(event: LiveEvent): void
  /** The stream must end (the session ended, or the server is closing). */
  end(): void
}

/** What services tell the hub; they never see streams. */
export interface LiveEventSink {
  /** These people have new notifications. */
  notifications(userIds: Iterable<string>): void
  /** A plan's status or summary changed: everyone who may read it hears of it. */
  planChanged(planId: string): void
}

interface Subscription {
  principal: Principal
  subscriber: LiveSubscriber
}

/**
 * The open event streams of signed-in tabs, so that what happens to one person reaches their
 * other tabs and the people concerned at once, instead of at their next poll. Rights are
 * checked when an event goes out, with the person as they are now, and `recheck` ends the
 * streams of sessions that ended (sign-out, deactivation, expiry).
 */
export class LiveEvents implements LiveEventSink {
  readonly #authenticator: Authenticator
  readonly #course: CourseStore
  readonly #maxPerUser: number
  readonly #subscriptions = new Set<Subscription>()

  constructor(options: { authenticator: Authenticator; course: CourseStore; maxPerUser: number }) {
    this.#authenticator = options.authenticator
    this.#course = options.course
    this.#maxPerUser = options.maxPerUser
  }

  get size(): number {
    return this.#subscriptions.size
  }

  /** Whether this person may open one more stream (one per tab; a runaway script is refused). */
  hasRoomFor(userId: string): boolean {
    let open = 0
    for (const { principal } of this.#subscriptions) if (principal.user.id === userId) open++
    return open < this.#maxPerUser
  }

  /** Starts sending to `subscriber`; returns the function that stops it. */
  subscribe(principal: Principal, subscriber: LiveSubscriber): () => void {
    const subscription = { principal, subscriber }
    this.#subscriptions.add(subscription)
    return () => this.#subscriptions.delete(subscription)
  }

  notifications(userIds: Iterable<string>): void {
    const concerned = new Set(userIds)
    if (concerned.size === 0) return
    for (const { principal, subscriber } of this.#subscriptions) {
      if (concerned.has(principal.user.id)) subscriber.send({ type: 'notifications' })
    }
  }

  planChanged(planId: string): void {
    const plan = this.#course.findPlan(planId)
    if (!plan) return
    for (const subscription of [...this.#subscriptions]) {
      const current = this.#current(subscription)
      if (current && can(current.user, 'read', plan)) {
        subscription.subscriber.send({ type: 'plan', planId })
      }
    }
  }

  /** Ends the streams whose session no longer signs anyone in. */
  recheck(): void {
    for (const subscription of [...this.#subscriptions]) this.#current(subscription)
  }

  closeAll(): void {
    for (const { subscriber } of [...this.#subscriptions]) subscriber.end()
    this.#subscriptions.clear()
  }

  /** The subscription's person as they are now; ends it if their session is gone. */
  #current(subscription: Subscription): Principal | null {
    const principal = this.#authenticator.authenticate(subscription.principal.credential)
    if (!principal) {
      this.#subscriptions.delete(subscription)
      subscription.subscriber.end()
      return null
    }
    subscription.principal = principal
    return principal
  }
}
