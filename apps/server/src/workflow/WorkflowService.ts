import { PLAN_MOVES } from '@coplan/protocol'
import type { PlanStatus, PlanSummary } from '@coplan/protocol'
import type { ActivityStore } from '../activity/ActivityStore'
import type { User, UserStore } from '../accounts/UserStore'
import { authorizePlan, can } from '../auth/planPolicy'
import type { CourseStore } from '../course/CourseStore'
import { Conflict, Forbidden, InvalidInput } from '../errors'
import type { LiveEventSink } from '../events/LiveEvents'
import type { NotificationStore } from '../notifications/NotificationStore'
import type { VersionService } from '../versions/VersionService'
import { STATUS_LABELS } from './planWorkflow'

export const MAX_TRANSITION_MESSAGE = 2000

export interface WorkflowServiceOptions {
  course: CourseStore
  users: UserStore
  versions: VersionService
  activity: ActivityStore
  notifications: NotificationStore
  /** Told whom a move notified, and that the plan changed. */
  live: LiveEventSink
  /** Rights may have changed (a plan became final or was reopened): recheck open editors. */
  onAccessChanged: () => void
}

/** Moves plans through their statuses, enforcing who may make which move and from where. */
export class WorkflowService {
  readonly #options: WorkflowServiceOptions

  constructor(options: WorkflowServiceOptions) {
    this.#options = options
  }

  async transition(user: User, planId: string, to: PlanStatus, message = ''): Promise<PlanSummary> {
    const { course, users, activity, notifications } = this.#options
    const plan = authorizePlan(course, user, planId, 'read')
    // One move leads to each status (planMoves.test.ts checks it).
    const move = PLAN_MOVES.find((t) => t.to === to)
    if (!move) throw new InvalidInput('unknown_status', `A plan cannot be moved to ${to}`)
    if (!move.by.includes(user.role)) {
      throw new Forbidden(
        'transition_forbidden',
        `${roleName(user)} cannot move a plan to ${STATUS_LABELS[to]}`,
      )
    }
    if (!move.from.includes(plan.status)) {
      throw new Conflict(
        'wrong_status',
        `This plan is ${STATUS_LABELS[plan.status]}; it cannot be moved to ${STATUS_LABELS[to]} now`,
      )
    }
    const trimmed = message.trim()
    if (move.needsMessage && !trimmed) {
      throw new InvalidInput('reason_required', 'Give a reason for reopening the plan')
    }
    if (trimmed.length > MAX_TRANSITION_MESSAGE) {
      throw new InvalidInput(
        'message_too_long',
        `A message may have at most ${MAX_TRANSITION_MESSAGE} characters`,
      )
    }

    const detail = { from: plan.status, to, message: trimmed }
    course.setStatus(planId, to)
    activity.record({ planId, kind: 'status', actorId: user.id, detail })
    const now = new Date().toISOString()
    const notified: string[] = []
    for (const person of users.list()) {
      const concerned = person.role !== 'admin' && can(person, 'read', plan)
      if (concerned && person.id !== user.id) {
        notified.push(person.id)
        notifications.insert({
          userId: person.id,
          kind: 'status',
          planId,
          actorId: user.id,
          detail,
          now,
        })
      }
    }
    this.#options.onAccessChanged()
    this.#options.live.notifications(notified)
    this.#options.live.planChanged(planId)
    await this.#options.versions.snapshot(planId, {
      label: { code: 'status', status: move.to },
      createdBy: user.id,
    })
    return course.findPlan(planId) as PlanSummary
  }
}

/** Admins may make every move, so only mentors and delegates are ever refused one. */
const roleName = (user: User): string => (user.role === 'mentor' ? 'A mentor' : 'A delegate')
