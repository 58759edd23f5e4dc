import type { NotificationView, PlanStatus } from '@coplan/protocol'
import type { User, UserStore } from '../accounts/UserStore'
import { personRef } from '../course/personRef'
import { can } from '../auth/planPolicy'
import type { CommentStore } from '../comments/CommentStore'
import type { CourseStore } from '../course/CourseStore'
import type { NotificationStore } from '../notifications/NotificationStore'

const EXCERPT_CHARS = 140

export interface NotificationFeedOptions {
  store: NotificationStore
  comments: CommentStore
  users: UserStore
  course: CourseStore
}

/** A person's notifications as the notifications menu shows them. */
export class NotificationFeed {
  readonly #options: NotificationFeedOptions

  constructor(options: NotificationFeedOptions) {
    this.#options = options
  }

  list(user: User, limit = 50): { notifications: NotificationView[]; unread: number } {
    const { store, comments, users, course } = this.#options
    const notifications = store.listFor(user.id, limit).flatMap((row): NotificationView[] => {
      const plan = course.findPlan(row.plan_id)
      const actor = users.find(row.actor_id)
      // Nothing is shown about a plan the person can no longer read.
      if (!plan || !actor || !can(user, 'read', plan)) return []
      const comment = row.comment_id ? comments.comment(row.comment_id) : null
      const detail = row.detail
        ? (JSON.parse(row.detail) as { from?: PlanStatus; to?: PlanStatus; message?: string })
        : {}
      return [
        {
          id: row.id,
          kind: row.kind,
          planId: plan.id,
          planTitle: plan.title,
          threadId: comment?.thread_id ?? null,
          commentId: comment?.id ?? null,
          actor: personRef(actor, course),
          excerpt: (comment?.body ?? detail.message ?? '').slice(0, EXCERPT_CHARS),
          status: detail.from && detail.to ? { from: detail.from, to: detail.to } : null,
          createdAt: row.created_at,
          read: row.read_at !== null,
        },
      ]
    })
    return { notifications, unread: notifications.filter((n) => !n.read).length }
  }

  markRead(user: User, ids: string[] | null): void {
    this.#options.store.markRead(user.id, ids, new Date().toISOString())
  }
}
